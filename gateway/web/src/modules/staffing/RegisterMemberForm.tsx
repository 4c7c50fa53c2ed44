import { api } from "../../api/client";
import { choices } from "../../forms/choices";
import { ChoiceField, FormFrame, NumberField, SelectField, TextField, whole } from "../../forms/fields";
import { useForm } from "../../forms/form";
import { languageLevels, memberKinds, skills } from "./choices";
import { codesFrom } from "./words";

/** POST /api/staffing/members: name, phone, e-mail and the volunteer's sign-in name are personal (sealed, erasable). */
export function RegisterMemberForm({ done, onCancel }: { done: (id: string) => void; onCancel: () => void }) {
  const form = useForm({
    initial: {
      kind: "staff", homeDepartment: "", name: "", phone: "", email: "", account: "", skills: [] as string[],
      languages: "", level: "fluent", from: "", to: "", hoursPerWeek: "",
    },
    submit: (v, idempotencyKey) =>
      api<{ id: string }>("POST", "/api/staffing/members", {
        idempotencyKey,
        body: {
          kind: v.kind,
          homeDepartment: v.kind === "staff" ? v.homeDepartment : undefined,
          name: v.name,
          phone: v.phone || undefined,
          email: v.email || undefined,
          account: v.kind !== "staff" && v.account ? v.account : undefined,
          skills: v.skills,
          languages: codesFrom(v.languages).map((code) => ({ code, level: v.level })),
          availability: v.from || v.to ? [{ from: v.from, to: v.to, hoursPerWeek: whole(v.hoursPerWeek) }] : [],
        },
      }),
    done: (r) => done(r.id),
  });
  const staff = form.values.kind === "staff";
  return (
    <FormFrame form={form} title="staffing.form.register" onCancel={onCancel}>
      <SelectField form={form} name="kind" label="staffing.field.kind" options={choices("staffing.kind", memberKinds)} required />
      {staff && <TextField form={form} name="homeDepartment" label="field.homeDepartment" required />}
      <TextField form={form} name="name" label="field.name" required />
      <TextField form={form} name="phone" label="field.phone" autocomplete="off" />
      <TextField form={form} name="email" label="field.email" autocomplete="off" />
      {!staff && <TextField form={form} name="account" label="field.account" hint="staffing.field.accountHint" autocomplete="off" />}
      <ChoiceField form={form} name="skills" label="field.skills" options={choices("staffing.skill", skills)} />
      <TextField form={form} name="languages" label="field.languages" hint="field.languagesHint" />
      <SelectField form={form} name="level" label="staffing.field.level" options={choices("staffing.level", languageLevels)} />
      <TextField form={form} name="from" label="staffing.field.availableFrom" type="date" />
      <TextField form={form} name="to" label="staffing.field.availableTo" type="date" />
      <NumberField form={form} name="hoursPerWeek" label="field.hoursPerWeek" min={1} max={60} />
    </FormFrame>
  );
}
