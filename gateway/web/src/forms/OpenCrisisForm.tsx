import { api } from "../api/client";
import { useForm } from "./form";
import { FormFrame, TextField } from "./fields";

/** POST /api/situation/crises (head, admin). */
export function OpenCrisisForm({ done, onCancel }: { done: (id: string) => void; onCancel: () => void }) {
  const form = useForm({
    initial: { name: "", region: "" },
    submit: (v, key) => api<{ id: string }>("POST", "/api/situation/crises", { body: { name: v.name, region: v.region }, idempotencyKey: key }),
    done: (r) => done(r.id),
  });
  return (
    <FormFrame form={form} title="form.openCrisis" onCancel={onCancel}>
      <TextField form={form} name="name" label="field.name" required />
      <TextField form={form} name="region" label="field.region" required />
    </FormFrame>
  );
}
