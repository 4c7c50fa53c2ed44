import { api } from "../api/client";
import { useForm } from "./form";
import { FormFrame, TextField } from "./fields";

/** POST /api/situation/crises/{id}/close with If-Match. */
export function CloseCrisisForm({ crisisId, etag, done, onCancel }: { crisisId: string; etag: string | undefined; done: () => void; onCancel: () => void }) {
  const form = useForm({
    initial: { reason: "" },
    submit: (v, key) =>
      api("POST", `/api/situation/crises/${crisisId}/close`, { body: { reason: v.reason || undefined }, ifMatch: etag, idempotencyKey: key }),
    done,
  });
  return (
    <FormFrame form={form} title="form.closeCrisis" submitLabel="picture.close" onCancel={onCancel}>
      <TextField form={form} name="reason" label="field.reason" />
    </FormFrame>
  );
}
