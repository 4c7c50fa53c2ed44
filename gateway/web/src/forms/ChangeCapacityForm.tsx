import { api } from "../api/client";
import { useForm } from "./form";
import { FormFrame, NumberField, whole } from "./fields";

/** PUT /api/accommodation/facilities/{id}/capacity; 409 capacity-below-use is shown at the field. */
export function ChangeCapacityForm({ facilityId, capacity, done, onCancel }: { facilityId: string; capacity: number; done: () => void; onCancel: () => void }) {
  const form = useForm({
    initial: { capacity: String(capacity) },
    submit: (v, key) =>
      api("PUT", `/api/accommodation/facilities/${facilityId}/capacity`, { body: { capacity: whole(v.capacity) }, idempotencyKey: key }),
    done,
    codeFields: { "capacity-below-use": "capacity" },
  });
  return (
    <FormFrame form={form} title="form.capacity" onCancel={onCancel}>
      <NumberField form={form} name="capacity" label="field.capacity" min={0} required />
    </FormFrame>
  );
}
