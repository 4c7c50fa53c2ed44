import { canChange } from "../../../api/session";
import { dateTime } from "../../../i18n/format";
import { t } from "../../../i18n/i18n";
import { Download } from "../../../components/Download";
import { CloseMeetingForm, DecisionForm, MeetingForm } from "../forms/MeetingForms";
import { NoteForm } from "../forms/NoteForm";
import { situationApi } from "../paths";
import { noteKinds, type MeetingDetails, type MeetingSummary, type NoteKind } from "../types";
import { useResource } from "../useResource";
import { word } from "../words";
import type { PanelProps } from "./panel";

/** Crisis meetings (Lagebesprechungen): scheduled with attendees, run along the speaking order, noted, decided, closed with the next one set. */
export function MeetingsPanel({ crisisId, version, show }: PanelProps) {
  const list = useResource<{ meetings: MeetingSummary[] }>(situationApi(crisisId, "/meetings"), version);
  return (
    <section aria-labelledby="sit-meetings" data-meetings>
      <h2 id="sit-meetings">{t("situation.meetings")}</h2>
      {canChange.value && (
        <button type="button" class="button" onClick={() => show(t("situation.scheduleMeeting"), (done, cancel) => <MeetingForm crisisId={crisisId} done={done} onCancel={cancel} />)}>
          {t("situation.scheduleMeeting")}
        </button>
      )}
      {(list?.meetings ?? []).map((m) => <Meeting key={m.id} crisisId={crisisId} meeting={m} version={version} show={show} />)}
    </section>
  );
}

function Meeting({ crisisId, meeting, version, show }: { crisisId: string; meeting: MeetingSummary; version: number; show: PanelProps["show"] }) {
  const details = useResource<MeetingDetails>(situationApi(crisisId, `/meetings/${meeting.id}`), version);
  const when = dateTime(meeting.startsAt);
  const open = canChange.value && !meeting.closed;
  const attendees = (details?.attendees ?? []).map((a) => [a.function && `${a.function} ${a.functionName ?? ""}`.trim(), a.unit].filter(Boolean).join(", "));
  return (
    <article class="panel" data-meeting={meeting.id} aria-label={`${t("situation.startsAt")}: ${when}`}>
      <h3>{t("situation.startsAt")}: {when}{meeting.closed && <strong class="closed"> {t("situation.closed")}</strong>}</h3>
      <p data-attendees>{t("situation.attendees")}: {attendees.length > 0 ? attendees.join("; ") : t("situation.noAttendees")}</p>
      <h4>{t("situation.agenda")}</h4>
      <ol class="panel__list" data-agenda>
        {(details?.agenda ?? []).map((item) => <li key={item.position}>{item.function} {item.functionName}</li>)}
      </ol>
      {noteKinds.map((kind) => (
        <Notes key={kind} kind={kind} notes={(details?.notes ?? []).filter((n) => n.kind === kind)} when={when}
          add={open ? () => show(word("note", kind), (done, cancel) => <NoteForm crisisId={crisisId} meetingId={meeting.id} kind={kind} done={done} onCancel={cancel} />) : undefined} />
      ))}
      <h4>{t("situation.decisions")}</h4>
      <ul class="panel__list">
        {(details?.decisions ?? []).map((d) => (
          <li key={d.decisionId} data-decision>
            {d.text}{d.task && <> — {t("situation.decisionTask", { title: d.task.title, unit: d.task.responsibleUnitName, due: dateTime(d.task.dueAt) })}</>}
          </li>
        ))}
      </ul>
      <Download path={situationApi(crisisId, `/meetings/${meeting.id}/minutes`)} fileName={`protokoll-${meeting.startsAt.slice(0, 10)}.md`} label="situation.minutes" />
      {open && (
        <p class="panel__actions">
          <button type="button" class="button" aria-label={`${t("situation.recordDecision")}: ${when}`}
            onClick={() => show(t("situation.recordDecision"), (done, cancel) => <DecisionForm crisisId={crisisId} meetingId={meeting.id} done={done} onCancel={cancel} />)}>
            {t("situation.recordDecision")}
          </button>
          <button type="button" class="button" aria-label={`${t("situation.closeMeeting")}: ${when}`}
            onClick={() => show(t("situation.closeMeeting"), (done, cancel) => <CloseMeetingForm crisisId={crisisId} meetingId={meeting.id} done={done} onCancel={cancel} />)}>
            {t("situation.closeMeeting")}
          </button>
        </p>
      )}
    </article>
  );
}

/** One kind of note (facts, assumptions, open questions), listed apart from the others. */
function Notes({ kind, notes, when, add }: { kind: NoteKind; notes: MeetingDetails["notes"]; when: string; add?: () => void }) {
  return (
    <div data-notes={kind}>
      <h4>{t(`situation.notes.${kind}`)}</h4>
      <ul class="panel__list">
        {notes.map((n) => <li key={n.noteId}>{n.text}{n.function && <> ({n.function})</>}</li>)}
      </ul>
      {add && (
        <button type="button" class="button button--small" aria-label={`${t("situation.addNote", { kind: word("note", kind) })}: ${when}`} onClick={add}>
          {t("situation.addNote", { kind: word("note", kind) })}
        </button>
      )}
    </div>
  );
}
