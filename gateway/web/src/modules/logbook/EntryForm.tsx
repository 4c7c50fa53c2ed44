import { api } from "../../api/client";
import { FormFrame, SelectField, TextField } from "../../forms/fields";
import { useForm } from "../../forms/form";
import { TextAreaField } from "../../forms/TextAreaField";
import { berlinLocalInput, berlinLocalToIso } from "../../i18n/format";
import { t, type TextKey } from "../../i18n/i18n";
import { writtenCategories, type StaffLogRow } from "./types";

/** The keeper's entry (POST …/entries) or, with `corrects`, a correction of that entry (POST …/entries/{n}/corrections). */
export function EntryForm({ crisisId, corrects, done, onCancel }: { crisisId: string; corrects?: StaffLogRow; done: () => void; onCancel?: () => void }) {
  const base = `/api/logbook/crises/${crisisId}/staff-log/entries`;
  const form = useForm({
    initial: { category: "finding", unit: corrects?.unit ?? "", text: "", occurredAt: berlinLocalInput(new Date()) },
    submit: (v, key) =>
      corrects
        ? api("POST", `${base}/${corrects.logNumber}/corrections`, { body: { unit: v.unit || undefined, text: v.text }, idempotencyKey: key })
        : api("POST", base, { body: { category: v.category, unit: v.unit, text: v.text, occurredAt: berlinLocalToIso(v.occurredAt) }, idempotencyKey: key }),
    done,
  });
  return (
    <FormFrame form={form} title={corrects ? "logbook.correct" : "logbook.write"} submitLabel={corrects ? "logbook.correct" : "logbook.write"} onCancel={onCancel}>
      {!corrects && (
        <SelectField form={form} name="category" label="logbook.field.category" required
          options={writtenCategories.map((c) => ({ value: c, label: t(`logbook.category.${c}` as TextKey) }))} />
      )}
      <TextField form={form} name="unit" label="logbook.field.unit" required={!corrects} />
      <TextAreaField form={form} name="text" label="logbook.field.text" required />
      {!corrects && <TextField form={form} name="occurredAt" label="logbook.field.occurredAt" type="datetime-local" />}
    </FormFrame>
  );
}
