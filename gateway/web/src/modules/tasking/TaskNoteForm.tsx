import { api } from "../../api/client";
import { FormFrame, TextField } from "../../forms/fields";
import { useForm } from "../../forms/form";

/** POST /api/tasking/tasks/{id}/progress (a note is required) or /complete (a closing note is optional). */
export function TaskNoteForm({ taskId, step, done, onCancel }: {
  taskId: string;
  step: "progress" | "complete";
  done: () => void;
  onCancel: () => void;
}) {
  const form = useForm({
    initial: { note: "" },
    submit: (v, key) =>
      api("POST", `/api/tasking/tasks/${taskId}/${step}`, { body: { note: v.note || undefined }, idempotencyKey: key }),
    done,
  });
  return (
    <FormFrame form={form} title={step === "progress" ? "tasking.form.progress" : "tasking.form.complete"} onCancel={onCancel}>
      <TextField form={form} name="note" label="field.note" required={step === "progress"} />
    </FormFrame>
  );
}
