import { t } from "../../../i18n/i18n";
import { followLink } from "../../../router";
import type { PictureSectionProps } from "../../module";
import { canAnalyse, timelinePath } from "./paths";

/** In the crisis picture, for those who may read it: the way to the crisis's timeline analysis and exports. */
export function TimelineLink({ crisisId }: PictureSectionProps) {
  if (!canAnalyse.value) return null;
  return (
    <p class="no-print">
      <a href={timelinePath(crisisId)} onClick={followLink}>{t("analysis.timeline.open")}</a>
    </p>
  );
}
