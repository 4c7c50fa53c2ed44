import { api } from "../api/client";
import { useForm } from "./form";
import { FormFrame, TextField } from "./fields";

/** POST /api/accommodation/facilities/{id}/close. */
export function CloseFacilityForm({ facilityId, done, onCancel }: { facilityId: string; done: () => void; onCancel: () => void }) {
  const form = useForm({
    initial: { reason: "" },
    submit: (v, key) =>
      api("POST", `/api/accommodation/facilities/${facilityId}/close`, { body: { reason: v.reason || undefined }, idempotencyKey: key }),
    done,
  });
  return (
    <FormFrame form={form} title="form.close" submitLabel="facility.close" onCancel={onCancel}>
      <TextField form={form} name="reason" label="field.reason" />
    </FormFrame>
  );
}
