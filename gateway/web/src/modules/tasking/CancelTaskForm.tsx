import { api } from "../../api/client";
import { FormFrame, TextField } from "../../forms/fields";
import { useForm } from "../../forms/form";
import type { TaskView } from "./types";

/** POST /api/tasking/tasks/{id}/cancel (head, admin): the task is withdrawn; the reason is required and goes into its history. */
export function CancelTaskForm({ task, done, onCancel }: { task: TaskView; done: () => void; onCancel: () => void }) {
  const form = useForm({
    initial: { reason: "" },
    submit: (v, key) => api("POST", `/api/tasking/tasks/${task.id}/cancel`, { body: { reason: v.reason }, idempotencyKey: key }),
    done,
  });
  return (
    <FormFrame form={form} title="tasking.form.cancel" submitLabel="tasking.cancel" onCancel={onCancel}>
      <TextField form={form} name="reason" label="field.reason" required />
    </FormFrame>
  );
}
