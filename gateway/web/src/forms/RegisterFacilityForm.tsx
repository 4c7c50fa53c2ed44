import { api } from "../api/client";
import { choices, facilityFeatures, facilityKinds, operators } from "./choices";
import { useForm } from "./form";
import { ChoiceField, FormFrame, NumberField, SelectField, TextField, whole } from "./fields";

/** POST /api/accommodation/facilities. */
export function RegisterFacilityForm({ done, onCancel }: { done: (id: string) => void; onCancel: () => void }) {
  const form = useForm({
    initial: { name: "", kind: "shared-shelter", town: "", address: "", operator: "municipal", operatorName: "", capacity: "", features: [] as string[] },
    submit: (v, key) =>
      api<{ id: string }>("POST", "/api/accommodation/facilities", {
        idempotencyKey: key,
        body: { name: v.name, kind: v.kind, town: v.town, address: v.address, operator: { kind: v.operator, name: v.operatorName || undefined }, capacity: whole(v.capacity), features: v.features },
      }),
    done: (r) => done(r.id),
  });
  return (
    <FormFrame form={form} title="form.register" onCancel={onCancel}>
      <TextField form={form} name="name" label="field.name" required />
      <SelectField form={form} name="kind" label="field.kind" options={choices("kind", facilityKinds)} required />
      <TextField form={form} name="town" label="field.town" required />
      <TextField form={form} name="address" label="field.address" />
      <SelectField form={form} name="operator" label="field.operator" options={choices("operator", operators)} />
      <TextField form={form} name="operatorName" label="field.operatorName" />
      <NumberField form={form} name="capacity" label="field.capacity" min={0} required />
      <ChoiceField form={form} name="features" label="field.features" options={choices("feature", facilityFeatures)} />
    </FormFrame>
  );
}
