import { api } from "../../api/client";
import { berlinLocalInput, berlinLocalToIso } from "../../i18n/format";
import { FormFrame, TextField } from "../../forms/fields";
import { useForm } from "../../forms/form";
import type { TaskView } from "./types";

/** POST /api/tasking/tasks/{id}/due-time (head, admin): a new due time (Europe/Berlin, in the future). */
export function ChangeDueTimeForm({ task, done, onCancel }: { task: TaskView; done: () => void; onCancel: () => void }) {
  const form = useForm({
    initial: { dueAt: berlinLocalInput(new Date(task.dueAt)) },
    submit: (v, key) => api("POST", `/api/tasking/tasks/${task.id}/due-time`, { body: { dueAt: berlinLocalToIso(v.dueAt) }, idempotencyKey: key }),
    done,
  });
  return (
    <FormFrame form={form} title="tasking.form.due" submitLabel="tasking.due" onCancel={onCancel}>
      <TextField form={form} name="dueAt" label="field.dueAt" type="datetime-local" required />
    </FormFrame>
  );
}
