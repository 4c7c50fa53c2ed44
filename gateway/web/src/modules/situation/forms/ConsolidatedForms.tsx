import { api } from "../../../api/client";
import { FormFrame, TextField } from "../../../forms/fields";
import { useForm } from "../../../forms/form";
import { TextAreaField } from "../../../forms/TextAreaField";
import { situationApi } from "../paths";
import type { ConsolidatedReport } from "../types";

interface Props {
  crisisId: string;
  report: ConsolidatedReport;
  done: () => void;
  onCancel: () => void;
}

/** PUT …/consolidated-reports/{rid}: the four blocks as edited (the editor becomes an author: four eyes). */
export function EditReportForm({ crisisId, report, done, onCancel }: Props) {
  const form = useForm({
    initial: { ...report.blocks },
    submit: (v, key) => api("PUT", situationApi(crisisId, `/consolidated-reports/${report.id}`), { body: v, idempotencyKey: key }),
    done,
    codeFields: { "report-released": "overview" },
  });
  return (
    <FormFrame form={form} title="situation.form.edit" onCancel={onCancel}>
      <TextAreaField form={form} name="overview" label="field.overview" required rows={5} />
      <TextAreaField form={form} name="outsideSituation" label="field.outsideSituation" rows={4} />
      <TextAreaField form={form} name="ownSituation" label="field.ownSituation" rows={5} />
      <TextAreaField form={form} name="forecast" label="field.forecast" rows={3} />
    </FormFrame>
  );
}

/** POST …/consolidated-reports/{rid}/send: to the district or state; gives the running number. */
export function SendReportForm({ crisisId, report, done, onCancel }: Props) {
  const form = useForm({
    initial: { recipient: "" },
    submit: (v, key) => api("POST", situationApi(crisisId, `/consolidated-reports/${report.id}/send`), { body: v, idempotencyKey: key }),
    done,
    codeFields: { "report-not-released": "recipient" },
  });
  return (
    <FormFrame form={form} title="situation.form.send" onCancel={onCancel}>
      <TextField form={form} name="recipient" label="field.recipient" required />
    </FormFrame>
  );
}
