import { api } from "../../api/client";
import { FormFrame, NumberField, TextField, whole } from "../../forms/fields";
import { useForm } from "../../forms/form";
import type { Member } from "./types";

/** PUT /api/staffing/members/{id}/availability: one window replaces the earlier ones; empty days clear them. */
export function AvailabilityForm({ member, done, onCancel }: { member: Member; done: () => void; onCancel: () => void }) {
  const current = member.availability[0];
  const form = useForm({
    initial: { from: current?.from ?? "", to: current?.to ?? "", hoursPerWeek: current ? String(current.hoursPerWeek) : "" },
    submit: (v, idempotencyKey) =>
      api("PUT", `/api/staffing/members/${member.id}/availability`, {
        idempotencyKey,
        body: { availability: v.from || v.to ? [{ from: v.from, to: v.to, hoursPerWeek: whole(v.hoursPerWeek) }] : [] },
      }),
    done,
  });
  return (
    <FormFrame form={form} title="staffing.form.availability" onCancel={onCancel}>
      <TextField form={form} name="from" label="staffing.field.availableFrom" type="date" />
      <TextField form={form} name="to" label="staffing.field.availableTo" type="date" />
      <NumberField form={form} name="hoursPerWeek" label="field.hoursPerWeek" min={1} max={60} />
    </FormFrame>
  );
}
