import { api } from "../../../api/client";
import { FormFrame, TextField } from "../../../forms/fields";
import { useForm } from "../../../forms/form";
import { t } from "../../../i18n/i18n";
import { berlinLocalInput, berlinLocalToIso } from "../../../i18n/format";
import { situationApi } from "../paths";

const inHours = (hours: number) => berlinLocalInput(new Date(Date.now() + hours * 3_600_000));

interface Props {
  crisisId: string;
  done: () => void;
  onCancel: () => void;
}

/** POST …/meetings: a crisis meeting; its agenda is the configured speaking order. */
export function MeetingForm({ crisisId, done, onCancel }: Props) {
  const form = useForm({
    initial: { startsAt: inHours(1) },
    submit: (v, key) => api("POST", situationApi(crisisId, "/meetings"), { body: { startsAt: berlinLocalToIso(v.startsAt) }, idempotencyKey: key }),
    done,
  });
  return (
    <FormFrame form={form} title="situation.form.meeting" onCancel={onCancel}>
      <TextField form={form} name="startsAt" label="field.startsAt" type="datetime-local" required />
    </FormFrame>
  );
}

/** POST …/meetings/{mid}/decisions: a decision, optionally asking the tasks service for a task. */
export function DecisionForm({ crisisId, meetingId, done, onCancel }: Props & { meetingId: string }) {
  const form = useForm({
    initial: { text: "", title: "", responsibleUnit: "", dueAt: inHours(4) },
    submit: (v, key) =>
      api("POST", situationApi(crisisId, `/meetings/${meetingId}/decisions`), {
        body: {
          text: v.text,
          task: v.title || v.responsibleUnit ? { title: v.title, responsibleUnit: v.responsibleUnit, dueAt: berlinLocalToIso(v.dueAt) } : undefined,
        },
        idempotencyKey: key,
      }),
    done,
    codeFields: { "meeting-closed": "text" },
  });
  return (
    <FormFrame form={form} title="situation.form.decision" onCancel={onCancel}>
      <TextField form={form} name="text" label="field.text" required />
      <fieldset class="field">
        <legend>{t("situation.withTask")}</legend>
        <TextField form={form} name="title" label="field.task.title" />
        <TextField form={form} name="responsibleUnit" label="field.task.responsibleUnit" hint="field.functionHint" />
        <TextField form={form} name="dueAt" label="field.task.dueAt" type="datetime-local" />
      </fieldset>
    </FormFrame>
  );
}

/** POST …/meetings/{mid}/close: ends the meeting and sets the next one in the same step. */
export function CloseMeetingForm({ crisisId, meetingId, done, onCancel }: Props & { meetingId: string }) {
  const form = useForm({
    initial: { nextMeetingAt: inHours(6) },
    submit: (v, key) =>
      api("POST", situationApi(crisisId, `/meetings/${meetingId}/close`), { body: { nextMeetingAt: berlinLocalToIso(v.nextMeetingAt) }, idempotencyKey: key }),
    done,
  });
  return (
    <FormFrame form={form} title="situation.form.closeMeeting" onCancel={onCancel}>
      <TextField form={form} name="nextMeetingAt" label="field.nextMeetingAt" type="datetime-local" required />
    </FormFrame>
  );
}
