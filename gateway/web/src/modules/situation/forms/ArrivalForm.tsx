import { api } from "../../../api/client";
import { FormFrame, NumberField, whole } from "../../../forms/fields";
import { useForm } from "../../../forms/form";
import { situationApi } from "../paths";

/** POST …/announcements/{aid}/arrivals: how many actually came (partly, more or fewer are fine). */
export function ArrivalForm({ crisisId, announcementId, done, onCancel }: { crisisId: string; announcementId: string; done: () => void; onCancel: () => void }) {
  const form = useForm({
    initial: { people: "" },
    submit: (v, key) =>
      api("POST", situationApi(crisisId, `/announcements/${announcementId}/arrivals`), { body: { people: whole(v.people) }, idempotencyKey: key }),
    done,
    codeFields: { "announcement-cancelled": "people" },
  });
  return (
    <FormFrame form={form} title="situation.form.arrival" onCancel={onCancel}>
      <NumberField form={form} name="people" label="field.people" min={0} required />
    </FormFrame>
  );
}
