import { api } from "../../api/client";
import type { CrisisSummary } from "../../api/types";
import { berlinLocalInput, berlinLocalToIso } from "../../i18n/format";
import { t } from "../../i18n/i18n";
import { FormFrame, SelectField, TextField } from "../../forms/fields";
import { useForm } from "../../forms/form";
import { priorityText } from "./TaskBadges";
import { taskPriorities, type UnitWorkload } from "./types";

const hour = 3600 * 1000;

/** POST /api/tasking/tasks (head, admin): title, description, unit, priority, due time (Europe/Berlin), optionally a crisis. */
export function IssueTaskForm({ units, crises, crisisId, done }: {
  units: UnitWorkload[];
  crises: CrisisSummary[];
  crisisId?: string;
  done: (created: { id: string }) => void;
}) {
  const form = useForm({
    initial: {
      title: "",
      description: "",
      unit: units[0]?.unit ?? "",
      priority: "normal",
      dueAt: berlinLocalInput(new Date(Date.now() + 4 * hour)),
      crisisId: crisisId ?? "",
    },
    submit: (v, key) =>
      api<{ id: string }>("POST", "/api/tasking/tasks", {
        body: {
          title: v.title,
          description: v.description || undefined,
          unit: v.unit,
          priority: v.priority,
          dueAt: berlinLocalToIso(v.dueAt),
          crisisId: v.crisisId || undefined,
        },
        idempotencyKey: key,
      }),
    done,
  });
  return (
    <FormFrame form={form} title="tasking.issue.title" submitLabel="tasking.nav.issue">
      <TextField form={form} name="title" label="field.title" required />
      <TextField form={form} name="description" label="field.description" />
      <SelectField form={form} name="unit" label="field.unit" required
        options={units.map((u) => ({ value: u.unit, label: `${u.unit} — ${u.name}` }))} />
      <SelectField form={form} name="priority" label="field.priority" required
        options={taskPriorities.map((p) => ({ value: p, label: priorityText(p) }))} />
      <TextField form={form} name="dueAt" label="field.dueAt" type="datetime-local" required />
      <SelectField form={form} name="crisisId" label="field.crisisId"
        options={[{ value: "", label: t("tasking.issue.noCrisis") }, ...crises.filter((c) => c.status === "open").map((c) => ({ value: c.id, label: c.name }))]} />
    </FormFrame>
  );
}
