import { api } from "../../../api/client";
import { FormFrame, SelectField } from "../../../forms/fields";
import { useForm } from "../../../forms/form";
import { TextAreaField } from "../../../forms/TextAreaField";
import { t } from "../../../i18n/i18n";
import { situationApi } from "../paths";
import { noteKinds, type NoteKind, type StaffFunction } from "../types";
import { functionOptions } from "../useFunctions";
import { WithFunctions } from "../WithFunctions";
import { options } from "../words";

interface Props {
  crisisId: string;
  meetingId: string;
  kind: NoteKind;
  done: () => void;
  onCancel: () => void;
}

/** POST …/meetings/{mid}/notes: a fact, an assumption or an open question — kept apart in the meeting and its minutes — with the function that brought it. */
export const NoteForm = (props: Props) => <WithFunctions>{(functions) => <NoteFields {...props} functions={functions} />}</WithFunctions>;

function NoteFields({ crisisId, meetingId, kind, done, onCancel, functions }: Props & { functions: StaffFunction[] }) {
  const form = useForm({
    initial: { kind: kind as string, text: "", function: "" },
    submit: (v, key) =>
      api("POST", situationApi(crisisId, `/meetings/${meetingId}/notes`), {
        body: { kind: v.kind, text: v.text, function: v.function || undefined },
        idempotencyKey: key,
      }),
    done,
    codeFields: { "meeting-closed": "text" },
  });
  return (
    <FormFrame form={form} title="situation.form.note" onCancel={onCancel}>
      <SelectField form={form} name="kind" label="field.noteKind" options={options("note", noteKinds)} required />
      <TextAreaField form={form} name="text" label="field.text" required rows={3} />
      <SelectField form={form} name="function" label="field.function" options={[{ value: "", label: t("situation.noFunction") }, ...functionOptions(functions)]} />
    </FormFrame>
  );
}
