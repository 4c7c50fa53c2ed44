import { useEffect } from "preact/hooks";
import { api } from "../../../api/client";
import { FieldFrame, FormFrame, controlProps } from "../../../forms/fields";
import { useForm } from "../../../forms/form";
import { dateTime } from "../../../i18n/format";
import { t } from "../../../i18n/i18n";
import { replayPaths } from "./paths";
import type { LessonNote, ReplayFrame, ReplayView } from "./types";

const minute = 60_000;

/**
 * The replay's time slider: its period, the moment shown, and a mark for each lesson-learned note (a button that
 * jumps to the note's moment). Moving the slider and pressing "Springen" (or letting go of it) jumps there.
 */
export function ReplayTimeline({ replay, notes, show }: { replay: ReplayView; notes: LessonNote[]; show: (frame: ReplayFrame) => void }) {
  const from = Date.parse(replay.from);
  const to = Date.parse(replay.to);
  const jump = (moment: string, idempotencyKey: string) =>
    api<ReplayFrame>("POST", `${replayPaths.api(replay.crisisId)}/${replay.replayId}/jump`, { body: { moment }, idempotencyKey });
  const form = useForm({
    // `exact`: a note's own moment, sent as the server wrote it (a browser's time has only milliseconds, the server's
    // ten-millionths, so the rounded time could fall just before what happened at the note's moment).
    initial: { moment: String(Date.parse(replay.moment)), exact: "" },
    submit: (v, key) => jump(v.exact || new Date(Math.min(to, Math.max(from, Number(v.moment)))).toISOString(), key),
    done: show,
  });
  // The slider follows the replay while nobody holds it.
  const shown = String(Date.parse(replay.moment));
  useEffect(() => {
    form.set("moment", shown);
    form.set("exact", "");
  }, [shown]);
  const at = (moment: string) => `${to > from ? ((Date.parse(moment) - from) / (to - from)) * 100 : 0}%`;
  return (
    <FormFrame form={form} title="analysis.replay.timeline" submitLabel="analysis.replay.jump">
      <FieldFrame form={form} name="moment" label="analysis.replay.moment">
        {(id, describedBy) => (
          <div class="replay__slider">
            <input
              {...controlProps({ form, name: "moment", label: "analysis.replay.moment" }, id, describedBy)}
              type="range"
              min={from}
              max={to}
              step={minute}
              aria-valuetext={dateTime(Number(form.values.moment))}
              data-replay-slider
              onInput={(e) => {
                form.set("moment", e.currentTarget.value);
                form.set("exact", "");
              }}
            />
            <ol class="replay__marks" aria-label={t("analysis.notes.marks")}>
              {notes.filter((n) => Date.parse(n.moment) >= from && Date.parse(n.moment) <= to).map((n) => (
                <li key={n.noteId} class={`replay__mark replay__mark--${n.category}`} style={{ left: at(n.moment) }}>
                  <button type="button" class="replay__mark-button" data-note-mark={n.noteId}
                    aria-label={t("analysis.notes.markLabel", { category: t(`analysis.notes.category.${n.category}`), time: dateTime(n.moment) })}
                    onClick={() => {
                      form.set("moment", String(Date.parse(n.moment)));
                      form.set("exact", n.moment);
                    }} />
                </li>
              ))}
            </ol>
          </div>
        )}
      </FieldFrame>
      <p class="replay__range"><span>{dateTime(replay.from)}</span><span>{dateTime(replay.to)}</span></p>
    </FormFrame>
  );
}
