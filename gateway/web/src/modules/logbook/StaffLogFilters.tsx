import { FormFrame, SelectField, TextField } from "../../forms/fields";
import { useForm } from "../../forms/form";
import { berlinLocalToIso } from "../../i18n/format";
import { t, type TextKey } from "../../i18n/i18n";
import { allCategories } from "./types";

export type Filters = Record<string, string | undefined>;

/** The staff log's filters (time, unit, author, category); applying them re-reads the log from the dashboard. */
export function StaffLogFilters({ apply }: { apply: (filters: Filters) => void }) {
  const form = useForm({
    initial: { from: "", to: "", unit: "", author: "", category: "" },
    submit: async (v) => ({
      from: v.from ? berlinLocalToIso(v.from) : undefined,
      to: v.to ? berlinLocalToIso(v.to) : undefined,
      unit: v.unit || undefined,
      author: v.author || undefined,
      category: v.category || undefined,
    }),
    done: apply,
  });
  return (
    <FormFrame form={form} title="logbook.filter" submitLabel="logbook.filter">
      <TextField form={form} name="from" label="logbook.field.from" type="datetime-local" />
      <TextField form={form} name="to" label="logbook.field.to" type="datetime-local" />
      <TextField form={form} name="unit" label="logbook.field.unit" />
      <TextField form={form} name="author" label="logbook.field.author" />
      <SelectField form={form} name="category" label="logbook.field.category"
        options={[{ value: "", label: t("logbook.any") }, ...allCategories.map((c) => ({ value: c, label: t(`logbook.category.${c}` as TextKey) }))]} />
    </FormFrame>
  );
}
