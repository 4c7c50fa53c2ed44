import { useEffect, useMemo } from "preact/hooks";
import { dateTime } from "../../../i18n/format";
import { t } from "../../../i18n/i18n";
import { followLink } from "../../../router";
import { PictureView } from "../../../screens/CrisisPicture";
import { canAnalyse } from "./roles";
import { LiveReplay } from "./liveReplay";
import { NoteForm } from "./NoteForm";
import { NoteList } from "./NoteList";
import { replayPaths } from "./paths";
import { ReplayControls } from "./ReplayControls";
import { ReplayTimeline } from "./ReplayTimeline";
import { useNotes } from "./useNotes";

/**
 * `/analyse/krisen/{id}/wiedergabe/{replayId}`: a replay shown like the live picture (its own components, read only),
 * under an unmissable "Wiedergabe" mark with the moment shown, with the controls, the time slider and the lessons
 * learned beside it. The page title says "Wiedergabe" too, so no tab is taken for the live situation.
 */
export function ReplayScreen({ crisisId, replayId }: { crisisId: string; replayId: string }) {
  const live = useMemo(() => new LiveReplay(replayId), [replayId]);
  useEffect(() => () => live.stop(), [live]);
  const { notes, added } = useNotes(crisisId);
  const frame = live.frame.value;
  const name = frame?.picture.name;
  useEffect(() => {
    document.title = `${t("analysis.replay.mark")}: ${name ?? ""} – ${t("app.title")}`;
  }, [name]);

  if (frame === undefined) return <main id="content"><p>{t("app.loading")}</p></main>;
  if (frame === null) {
    return (
      <main id="content">
        <p>{t("analysis.replay.gone")}</p>
        <a class="button" href={replayPaths.start(crisisId)} onClick={followLink}>{t("analysis.replay.again")}</a>
      </main>
    );
  }
  const { replay, picture } = frame;
  return (
    <div class="replay" data-replay>
      <section class="replay__bar no-print" aria-labelledby="replay-mark">
        <p class="replay__mark-label" id="replay-mark" data-replay-mark>
          <span class="replay__badge">{t("analysis.replay.mark")}</span> {t("analysis.replay.notLive")}
        </p>
        <p class="replay__moment" role="status" aria-live="polite" data-replay-moment={replay.moment}>
          {t("analysis.replay.momentShown", { time: dateTime(replay.moment) })}
          {" · "}{t(`analysis.replay.status.${replay.status}`)}
          {" · "}{t("analysis.replay.speedTimes", { speed: String(replay.speed) })}
        </p>
        {replay.status !== "stopped" && <ReplayControls replay={replay} show={(f) => live.show(f)} />}
        <div class="replay__timeline">
          <ReplayTimeline replay={replay} notes={notes} show={(f) => live.show(f)} />
          <aside class="replay__lessons" aria-labelledby="lessons-title">
            <h2 id="lessons-title">{t("analysis.notes.title")}</h2>
            <NoteList notes={notes} moment={replay.moment} />
            {canAnalyse.value && <NoteForm crisisId={crisisId} moment={replay.moment} done={added} />}
          </aside>
        </div>
      </section>
      <PictureView crisisId={crisisId} picture={picture} readOnly />
    </div>
  );
}
