import { api } from "../api/client";
import { berlinLocalInput, berlinLocalToIso } from "../i18n/format";
import { useForm } from "./form";
import { FormFrame, NumberField, TextField, whole } from "./fields";

const day = 24 * 3600 * 1000;

/** POST /api/accommodation/facilities/{id}/reservations for an announced arrival (Europe/Berlin time). */
export function ReservePlacesForm({ facilityId, crisisId, done, onCancel }: { facilityId: string; crisisId: string; done: () => void; onCancel: () => void }) {
  const form = useForm({
    initial: { places: "", expiresAt: berlinLocalInput(new Date(Date.now() + day)), reference: "" },
    submit: (v, key) =>
      api("POST", `/api/accommodation/facilities/${facilityId}/reservations`, {
        body: { places: whole(v.places), expiresAt: berlinLocalToIso(v.expiresAt), reference: v.reference || undefined, crisisId },
        idempotencyKey: key,
      }),
    done,
    codeFields: { "no-room": "places" },
  });
  return (
    <FormFrame form={form} title="form.reserve" onCancel={onCancel}>
      <NumberField form={form} name="places" label="field.places" min={1} required />
      <TextField form={form} name="expiresAt" label="field.expiresAt" type="datetime-local" required />
      <TextField form={form} name="reference" label="field.reference" />
    </FormFrame>
  );
}
