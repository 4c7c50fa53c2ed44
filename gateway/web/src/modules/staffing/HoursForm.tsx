import { api } from "../../api/client";
import { FormFrame, TextField } from "../../forms/fields";
import { useForm } from "../../forms/form";

/** POST /api/staffing/requests/{id}/assignments/{memberId}/hours: the hours worked on one day (for the expense allowance). */
export function HoursForm({ requestId, memberId, from, done, onCancel }: {
  requestId: string; memberId: string; from: string; done: () => void; onCancel: () => void;
}) {
  const form = useForm({
    initial: { day: from, hours: "" },
    submit: (v, idempotencyKey) =>
      api("POST", `/api/staffing/requests/${requestId}/assignments/${memberId}/hours`, {
        idempotencyKey,
        body: { day: v.day, hours: v.hours.trim() === "" ? Number.NaN : Number(v.hours.replace(",", ".")) },
      }),
    done,
  });
  return (
    <FormFrame form={form} title="staffing.form.hours" onCancel={onCancel}>
      <TextField form={form} name="day" label="field.day" type="date" required />
      <TextField form={form} name="hours" label="field.hours" required />
    </FormFrame>
  );
}
