import { useEffect, useState } from "preact/hooks";
import { api, get } from "../../api/client";
import type { CrisisSummary } from "../../api/types";
import { choices } from "../../forms/choices";
import { ChoiceField, FormFrame, NumberField, SelectField, TextField, whole } from "../../forms/fields";
import { useForm } from "../../forms/form";
import { t } from "../../i18n/i18n";
import { skills } from "./choices";
import { codesFrom } from "./words";

/** POST /api/staffing/requests: a unit asks for people for a place and days, for an open crisis (then it shows in its picture). */
export function RequestForm({ done, onCancel }: { done: (id: string) => void; onCancel: () => void }) {
  const [crises, setCrises] = useState<CrisisSummary[]>([]);
  useEffect(() => {
    void get<CrisisSummary[]>("/api/situation/crises").then((all) => setCrises(all.filter((c) => c.status === "open"))).catch(() => undefined);
  }, []);
  const form = useForm({
    initial: {
      crisisId: "", unit: "", place: "", needed: "1", requiredSkills: [] as string[], requiredLanguages: "", from: "", to: "", interpreting: "no",
    },
    submit: (v, idempotencyKey) =>
      api<{ id: string }>("POST", "/api/staffing/requests", {
        idempotencyKey,
        body: {
          crisisId: v.crisisId || undefined,
          unit: v.unit,
          place: v.place,
          needed: whole(v.needed),
          requiredSkills: v.requiredSkills,
          requiredLanguages: codesFrom(v.requiredLanguages),
          from: v.from || undefined,
          to: v.to || undefined,
          interpreting: v.interpreting === "yes",
        },
      }),
    done: (r) => done(r.id),
  });
  return (
    <FormFrame form={form} title="staffing.form.request" onCancel={onCancel}>
      <SelectField form={form} name="crisisId" label="staffing.field.crisis"
        options={[{ value: "", label: t("staffing.field.noCrisis") }, ...crises.map((c) => ({ value: c.id, label: c.name }))]} />
      <TextField form={form} name="unit" label="field.unit" required />
      <TextField form={form} name="place" label="field.place" required />
      <NumberField form={form} name="needed" label="field.needed" min={1} max={200} required />
      <ChoiceField form={form} name="requiredSkills" label="field.requiredSkills" options={choices("staffing.skill", skills)} />
      <TextField form={form} name="requiredLanguages" label="field.requiredLanguages" hint="field.languagesHint" />
      <TextField form={form} name="from" label="field.from" type="date" required />
      <TextField form={form} name="to" label="field.to" type="date" required />
      <SelectField form={form} name="interpreting" label="staffing.field.interpreting"
        options={[{ value: "no", label: t("staffing.no") }, { value: "yes", label: t("staffing.yes") }]} />
    </FormFrame>
  );
}
