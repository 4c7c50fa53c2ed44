import { api } from "../api/client";
import { useForm } from "./form";
import { FormFrame, NumberField, TextField, whole } from "./fields";

/** POST /api/situation/crises/{id}/escalate with If-Match, so a change by someone else is a 412, not an overwrite. */
export function EscalateCrisisForm({ crisisId, level, etag, done, onCancel }: {
  crisisId: string; level: number; etag: string | undefined; done: () => void; onCancel: () => void;
}) {
  const form = useForm({
    initial: { level: String(Math.min(4, level + 1)), reason: "" },
    submit: (v, key) =>
      api("POST", `/api/situation/crises/${crisisId}/escalate`, { body: { level: whole(v.level), reason: v.reason || undefined }, ifMatch: etag, idempotencyKey: key }),
    done,
    codeFields: { "not-an-escalation": "level" },
  });
  return (
    <FormFrame form={form} title="form.escalate" onCancel={onCancel}>
      <NumberField form={form} name="level" label="field.level" min={1} max={4} required />
      <TextField form={form} name="reason" label="field.reason" />
    </FormFrame>
  );
}
