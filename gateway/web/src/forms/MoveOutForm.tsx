import { api } from "../api/client";
import { choices, moveOutReasons } from "./choices";
import { useForm } from "./form";
import { FormFrame, SelectField } from "./fields";

/** POST /api/accommodation/facilities/{id}/households/{ref}/move-out. */
export function MoveOutForm({ facilityId, householdRef, done, onCancel }: { facilityId: string; householdRef: string; done: () => void; onCancel: () => void }) {
  const form = useForm({
    initial: { reason: "private-housing" },
    submit: (v, key) =>
      api("POST", `/api/accommodation/facilities/${facilityId}/households/${encodeURIComponent(householdRef)}/move-out`, { body: { reason: v.reason }, idempotencyKey: key }),
    done,
  });
  return (
    <FormFrame form={form} title="form.moveOut" onCancel={onCancel}>
      <p>{householdRef}</p>
      <SelectField form={form} name="reason" label="field.reason" options={choices("moveOut", moveOutReasons)} required />
    </FormFrame>
  );
}
