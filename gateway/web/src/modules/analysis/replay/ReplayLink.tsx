import type { PictureSectionProps } from "../../module";
import { t } from "../../../i18n/i18n";
import { followLink } from "../../../router";
import { replayPaths } from "./paths";
import { canAnalyse } from "./roles";

/** In the live picture, for analyst or higher: the way to replay this crisis. */
export function ReplayLink({ crisisId }: PictureSectionProps) {
  if (!canAnalyse.value) return null;
  return (
    <section class="no-print" aria-labelledby="replay-link-title">
      <h2 id="replay-link-title">{t("analysis.replay.linkTitle")}</h2>
      <a class="button" href={replayPaths.start(crisisId)} onClick={followLink} data-replay-start>{t("analysis.replay.startLink")}</a>
    </section>
  );
}
