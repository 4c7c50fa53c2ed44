import { useEffect, useState } from "preact/hooks";
import { get } from "../../../api/client";
import type { Picture } from "../../../api/types";
import { t } from "../../../i18n/i18n";
import { followLink, paths } from "../../../router";
import { StartReplayForm } from "./StartReplayForm";

/** `/analyse/krisen/{id}/wiedergabe`: choose the period and speed of a replay of the crisis (from its opening to its close or now). */
export function ReplayStartScreen({ crisisId }: { crisisId: string }) {
  const [picture, setPicture] = useState<Picture | null>();
  useEffect(() => {
    void get<Picture>(`/api/dashboard/crises/${encodeURIComponent(crisisId)}/picture`).then(setPicture).catch(() => setPicture(null));
  }, [crisisId]);
  useEffect(() => {
    document.title = `${t("analysis.replay.startTitle")} – ${t("app.title")}`;
  }, []);
  if (picture === undefined) return <main id="content"><p>{t("app.loading")}</p></main>;
  if (picture === null) return <main id="content"><p>{t("picture.notYet")}</p></main>;
  const from = new Date(picture.openedAt ?? picture.lastUpdate ?? Date.now());
  const to = new Date(picture.closedAt ?? Date.now());
  return (
    <main id="content" class="replay-start">
      <h1>{t("analysis.replay.startHeading", { name: picture.name })}</h1>
      <p>{t("analysis.replay.startHint")}</p>
      <StartReplayForm crisisId={crisisId} from={from} to={to} />
      <p><a href={paths.crisis(crisisId)} onClick={followLink}>{t("analysis.replay.toLive")}</a></p>
    </main>
  );
}
