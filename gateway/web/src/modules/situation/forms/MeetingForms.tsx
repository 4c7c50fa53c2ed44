import { api } from "../../../api/client";
import { ChoiceField, FormFrame, SelectField, TextField } from "../../../forms/fields";
import { useForm } from "../../../forms/form";
import { t } from "../../../i18n/i18n";
import { berlinLocalInput, berlinLocalToIso } from "../../../i18n/format";
import { situationApi } from "../paths";
import type { StaffFunction } from "../types";
import { functionOptions } from "../useFunctions";
import { WithFunctions } from "../WithFunctions";

const inHours = (hours: number) => berlinLocalInput(new Date(Date.now() + hours * 3_600_000));

/** The comma-separated units typed into a field, each an attendee of its own. */
const units = (typed: string) => typed.split(",").map((u) => u.trim()).filter(Boolean);

interface Props {
  crisisId: string;
  done: () => void;
  onCancel: () => void;
}

/** POST …/meetings: a crisis meeting with its attendees (functions and units); its agenda is the configured speaking order of the attending functions. */
export const MeetingForm = (props: Props) => <WithFunctions>{(functions) => <MeetingFields {...props} functions={functions} />}</WithFunctions>;

function MeetingFields({ crisisId, done, onCancel, functions }: Props & { functions: StaffFunction[] }) {
  const form = useForm({
    initial: { startsAt: inHours(1), functions: [] as string[], units: "" },
    submit: (v, key) =>
      api("POST", situationApi(crisisId, "/meetings"), {
        body: {
          startsAt: berlinLocalToIso(v.startsAt),
          attendees: [...v.functions.map((code) => ({ function: code })), ...units(v.units).map((unit) => ({ unit }))],
        },
        idempotencyKey: key,
      }),
    done,
  });
  return (
    <FormFrame form={form} title="situation.form.meeting" onCancel={onCancel}>
      <TextField form={form} name="startsAt" label="field.startsAt" type="datetime-local" required />
      <ChoiceField form={form} name="functions" label="field.attendingFunctions" options={functionOptions(functions)} />
      <TextField form={form} name="units" label="field.attendingUnits" hint="field.unitsHint" />
    </FormFrame>
  );
}

/** POST …/meetings/{mid}/decisions: a decision, optionally asking the tasks service for a task for a staff function. */
export const DecisionForm = (props: Props & { meetingId: string }) => <WithFunctions>{(functions) => <DecisionFields {...props} functions={functions} />}</WithFunctions>;

function DecisionFields({ crisisId, meetingId, done, onCancel, functions }: Props & { meetingId: string; functions: StaffFunction[] }) {
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
        <SelectField form={form} name="responsibleUnit" label="field.task.responsibleUnit" options={[{ value: "", label: t("situation.noFunction") }, ...functionOptions(functions)]} />
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
