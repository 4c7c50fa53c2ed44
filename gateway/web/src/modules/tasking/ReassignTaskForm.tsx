import { api } from "../../api/client";
import { FormFrame, SelectField } from "../../forms/fields";
import { useForm } from "../../forms/form";
import type { TaskView, UnitWorkload } from "./types";

/** POST /api/tasking/tasks/{id}/reassign (head, admin): the task goes to another unit, which accepts it anew. */
export function ReassignTaskForm({ task, units, done, onCancel }: {
  task: TaskView;
  units: UnitWorkload[];
  done: () => void;
  onCancel: () => void;
}) {
  const others = units.filter((u) => u.unit !== task.unit);
  const form = useForm({
    initial: { unit: others[0]?.unit ?? "" },
    submit: (v, key) => api("POST", `/api/tasking/tasks/${task.id}/reassign`, { body: { unit: v.unit }, idempotencyKey: key }),
    done,
  });
  return (
    <FormFrame form={form} title="tasking.form.reassign" submitLabel="tasking.reassign" onCancel={onCancel}>
      <SelectField form={form} name="unit" label="field.unit" required
        options={others.map((u) => ({ value: u.unit, label: `${u.unit} — ${u.name}` }))} />
    </FormFrame>
  );
}
