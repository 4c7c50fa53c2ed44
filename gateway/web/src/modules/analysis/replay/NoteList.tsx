import { dateTime } from "../../../i18n/format";
import { t } from "../../../i18n/i18n";
import type { LessonNote } from "./types";

/** The crisis's lessons learned beside the timeline, by moment; the ones at or before the moment shown are marked as passed. */
export function NoteList({ notes, moment }: { notes: LessonNote[]; moment: string }) {
  if (notes.length === 0) return <p>{t("analysis.notes.none")}</p>;
  return (
    <ol class="replay__notes" data-notes>
      {notes.map((n) => (
        <li key={n.noteId} class={n.moment <= moment ? "replay__note replay__note--passed" : "replay__note"} data-note={n.noteId}>
          <time dateTime={n.moment}>{dateTime(n.moment)}</time>{" "}
          <strong class={`replay__category replay__category--${n.category}`}>{t(`analysis.notes.category.${n.category}`)}</strong>
          <p>{n.text}</p>
          {n.author && <p class="replay__author">{t("analysis.notes.by", { author: n.author })}</p>}
        </li>
      ))}
    </ol>
  );
}
