import { api } from "../../../api/client";
import { FormFrame, NumberField, TextField, whole } from "../../../forms/fields";
import { useForm } from "../../../forms/form";
import { situationApi } from "../paths";
import { berlinDay } from "../words";

/** POST …/announcements: the state announces n people on a day from a reception centre. */
export function AnnouncementForm({ crisisId, done, onCancel }: { crisisId: string; done: () => void; onCancel: () => void }) {
  const form = useForm({
    initial: { expectedOn: berlinDay(1), people: "", households: "", origin: "" },
    submit: (v, key) =>
      api("POST", situationApi(crisisId, "/announcements"), {
        body: { expectedOn: v.expectedOn, people: whole(v.people), households: v.households ? whole(v.households) : undefined, origin: v.origin },
        idempotencyKey: key,
      }),
    done,
  });
  return (
    <FormFrame form={form} title="situation.form.announce" onCancel={onCancel}>
      <TextField form={form} name="expectedOn" label="field.expectedOn" type="date" required />
      <NumberField form={form} name="people" label="field.people" min={1} required />
      <NumberField form={form} name="households" label="field.households" min={1} />
      <TextField form={form} name="origin" label="field.origin" required />
    </FormFrame>
  );
}
