import { api } from "../../api/client";
import { FormFrame, TextField } from "../../forms/fields";
import { useForm } from "../../forms/form";

/** POST …/messages/{id}/route: the function (e.g. S3) that deals with the message. */
export function RouteForm({ crisisId, messageId, done }: { crisisId: string; messageId: string; done: () => void }) {
  const form = useForm({
    initial: { function: "" },
    submit: (v, key) => api("POST", `/api/logbook/crises/${crisisId}/messages/${messageId}/route`, { body: v, idempotencyKey: key }),
    done,
  });
  return (
    <FormFrame form={form} title="logbook.route" submitLabel="logbook.route">
      <TextField form={form} name="function" label="logbook.field.function" required />
    </FormFrame>
  );
}
