import { api } from "../../api/client";
import { FormFrame, TextField } from "../../forms/fields";
import { useForm } from "../../forms/form";

/** POST …/staff-log/keeper: the signed-in user takes the log over from the keeper shown (a race with another is refused). */
export function TakeOverForm({ crisisId, previousKeeper, done }: { crisisId: string; previousKeeper: string | null; done: () => void }) {
  const form = useForm({
    initial: { function: "" },
    submit: (v, key) => api("POST", `/api/logbook/crises/${crisisId}/staff-log/keeper`, { body: { previousKeeper, function: v.function }, idempotencyKey: key }),
    done,
  });
  return (
    <FormFrame form={form} title="logbook.takeOver" submitLabel="logbook.takeOver">
      <TextField form={form} name="function" label="logbook.field.function" required />
    </FormFrame>
  );
}
