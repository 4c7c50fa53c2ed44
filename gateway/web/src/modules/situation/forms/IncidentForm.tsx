import { api } from "../../../api/client";
import type { Board } from "../../../api/types";
import { FormFrame, SelectField, TextField } from "../../../forms/fields";
import { useForm } from "../../../forms/form";
import { TextAreaField } from "../../../forms/TextAreaField";
import { berlinLocalInput, berlinLocalToIso } from "../../../i18n/format";
import { t } from "../../../i18n/i18n";
import { situationApi } from "../paths";
import { useResource } from "../useResource";
import { incidentCategories, incidentSeverities } from "../types";
import { options } from "../words";

interface Props {
  crisisId: string;
  done: () => void;
  onCancel: () => void;
}

/** POST …/incidents: an incident at a facility (from the board as it is when the form opens); its text is confidential (only heads and admins read it back). */
export function IncidentForm(props: Props) {
  const board = useResource<Board>("/api/dashboard/accommodation", 0);
  if (board === undefined) return <p>{t("app.loading")}</p>;
  return <IncidentFields {...props} facilities={(board?.facilities ?? []).map((f) => ({ value: f.facilityId, label: `${f.name} (${f.town})` }))} />;
}

function IncidentFields({ crisisId, done, onCancel, facilities }: Props & { facilities: Array<{ value: string; label: string }> }) {
  const form = useForm({
    initial: { facilityId: facilities[0]?.value ?? "", category: "conflict", severity: "minor", occurredAt: berlinLocalInput(new Date()), text: "" },
    submit: (v, key) =>
      api("POST", situationApi(crisisId, "/incidents"), {
        body: { facilityId: v.facilityId || undefined, category: v.category, severity: v.severity, occurredAt: berlinLocalToIso(v.occurredAt), text: v.text },
        idempotencyKey: key,
      }),
    done,
  });
  return (
    <FormFrame form={form} title="situation.form.incident" onCancel={onCancel}>
      <SelectField form={form} name="facilityId" label="field.facilityId" options={facilities} required />
      <SelectField form={form} name="category" label="field.category" options={options("category", incidentCategories)} required />
      <SelectField form={form} name="severity" label="field.severity" options={options("severity", incidentSeverities)} required />
      <TextField form={form} name="occurredAt" label="field.occurredAt" type="datetime-local" required />
      <TextAreaField form={form} name="text" label="field.text" required />
    </FormFrame>
  );
}
