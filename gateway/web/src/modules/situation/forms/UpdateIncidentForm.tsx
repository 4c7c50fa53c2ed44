import { api } from "../../../api/client";
import { FormFrame, SelectField } from "../../../forms/fields";
import { useForm } from "../../../forms/form";
import { TextAreaField } from "../../../forms/TextAreaField";
import { situationApi } from "../paths";
import { incidentCategories, incidentSeverities, type IncidentSummary } from "../types";
import { options } from "../words";

/**
 * PUT …/incidents/{iid}: a new category or severity, and optionally a new confidential text (left empty, the text
 * stays as it is — whoever may not read the text can still add what they learned).
 */
export function UpdateIncidentForm({ crisisId, incident, done, onCancel }: { crisisId: string; incident: IncidentSummary; done: () => void; onCancel: () => void }) {
  const form = useForm({
    initial: { category: incident.category, severity: incident.severity, text: "" },
    submit: (v, key) =>
      api("PUT", situationApi(crisisId, `/incidents/${incident.id}`), {
        body: { category: v.category, severity: v.severity, text: v.text.trim() ? v.text : undefined },
        idempotencyKey: key,
      }),
    done,
    codeFields: { "incident-closed": "category" },
  });
  return (
    <FormFrame form={form} title="situation.form.updateIncident" onCancel={onCancel}>
      <SelectField form={form} name="category" label="field.category" options={options("category", incidentCategories)} required />
      <SelectField form={form} name="severity" label="field.severity" options={options("severity", incidentSeverities)} required />
      <TextAreaField form={form} name="text" label="field.newText" hint="field.newTextHint" />
    </FormFrame>
  );
}
