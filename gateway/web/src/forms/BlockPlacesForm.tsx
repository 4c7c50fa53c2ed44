import { api } from "../api/client";
import { blockReasons, choices } from "./choices";
import { useForm } from "./form";
import { FormFrame, NumberField, SelectField, TextField, whole } from "./fields";

/** POST /api/accommodation/facilities/{id}/blocks. */
export function BlockPlacesForm({ facilityId, done, onCancel }: { facilityId: string; done: () => void; onCancel: () => void }) {
  const form = useForm({
    initial: { places: "", reason: "repair", note: "" },
    submit: (v, key) =>
      api("POST", `/api/accommodation/facilities/${facilityId}/blocks`, { body: { places: whole(v.places), reason: v.reason, note: v.note || undefined }, idempotencyKey: key }),
    done,
    codeFields: { "no-room": "places" },
  });
  return (
    <FormFrame form={form} title="form.block" onCancel={onCancel}>
      <NumberField form={form} name="places" label="field.places" min={1} required />
      <SelectField form={form} name="reason" label="field.reason" options={choices("blockReason", blockReasons)} required />
      <TextField form={form} name="note" label="field.note" />
    </FormFrame>
  );
}
