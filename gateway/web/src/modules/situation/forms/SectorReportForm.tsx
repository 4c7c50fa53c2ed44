import { api } from "../../../api/client";
import { FormFrame, SelectField, TextField } from "../../../forms/fields";
import { useForm } from "../../../forms/form";
import { TextAreaField } from "../../../forms/TextAreaField";
import { berlinLocalInput, berlinLocalToIso } from "../../../i18n/format";
import { situationApi } from "../paths";
import { sectors, trafficLights, type SectorReport, type StaffFunction } from "../types";
import { figureLines, parseFigures } from "../figures";
import { functionOptions } from "../useFunctions";
import { WithFunctions } from "../WithFunctions";
import { options } from "../words";

interface Props {
  crisisId: string;
  corrects?: SectorReport["report"];
  done: () => void;
  onCancel: () => void;
}

/** POST …/reports, or with `corrects` POST …/reports/{rid}/corrections: a new report naming the one it corrects. */
export const SectorReportForm = (props: Props) => <WithFunctions>{(functions) => <SectorReportFields {...props} functions={functions} />}</WithFunctions>;

function SectorReportFields({ crisisId, corrects, done, onCancel, functions }: Props & { functions: StaffFunction[] }) {
  const form = useForm({
    initial: {
      sector: corrects?.sector ?? "accommodation",
      function: corrects?.function ?? functions[0]?.code ?? "",
      asOf: berlinLocalInput(new Date()),
      status: corrects?.status ?? "green",
      text: corrects?.text ?? "",
      figures: figureLines(corrects?.figures),
    },
    submit: (v, key) =>
      api("POST", situationApi(crisisId, corrects ? `/reports/${corrects.reportId}/corrections` : "/reports"), {
        body: { sector: v.sector, function: v.function, asOf: berlinLocalToIso(v.asOf), status: v.status, text: v.text, figures: parseFigures(v.figures) },
        idempotencyKey: key,
      }),
    done,
    codeFields: { "correction-changes-sector": "sector" },
  });
  return (
    <FormFrame form={form} title={corrects ? "situation.form.correction" : "situation.form.report"} onCancel={onCancel}>
      <SelectField form={form} name="sector" label="field.sector" options={options("sector", sectors)} required />
      <SelectField form={form} name="function" label="field.function" options={functionOptions(functions)} required />
      <TextField form={form} name="asOf" label="field.asOf" type="datetime-local" required />
      <SelectField form={form} name="status" label="field.status" options={options("light", trafficLights)} required />
      <TextAreaField form={form} name="figures" label="field.figures" hint="field.figuresHint" rows={3} />
      <TextAreaField form={form} name="text" label="field.text" required />
    </FormFrame>
  );
}
