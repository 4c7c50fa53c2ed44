import { useEffect, useState } from "preact/hooks";
import { api, get } from "../api/client";
import { berlinLocalInput, berlinLocalToIso } from "../i18n/format";
import { t } from "../i18n/i18n";
import { useForm } from "./form";
import { FormFrame, NumberField, SelectField, TextField, whole } from "./fields";

const day = 24 * 3600 * 1000;

/** POST /api/accommodation/facilities/{id}/reservations for an announced arrival (Europe/Berlin time). */
export function ReservePlacesForm({ facilityId, crisisId, done, onCancel }: { facilityId: string; crisisId: string; done: () => void; onCancel: () => void }) {
  const form = useForm({
    initial: { places: "", expiresAt: berlinLocalInput(new Date(Date.now() + day)), reference: "", announcementId: "" },
    submit: (v, key) =>
      api("POST", `/api/accommodation/facilities/${facilityId}/reservations`, {
        body: { places: whole(v.places), expiresAt: berlinLocalToIso(v.expiresAt), reference: v.reference || undefined, crisisId, announcementId: v.announcementId || undefined },
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
      <SelectField form={form} name="announcementId" label="field.announcementId" options={[{ value: "", label: t("form.noAnnouncement") }, ...useAnnouncements(crisisId)]} />
    </FormFrame>
  );
}

/** The crisis's standing announcements (the situation service's), so that a reservation can name the one it is for. */
function useAnnouncements(crisisId: string): Array<{ value: string; label: string }> {
  const [list, setList] = useState<Array<{ value: string; label: string }>>([]);
  useEffect(() => {
    let current = true;
    get<{ announcements: Array<{ id: string; expectedOn: string; announced: number; origin: string; cancelled: boolean }> }>(`/api/situation/crises/${encodeURIComponent(crisisId)}/announcements`)
      .then((a) => current && setList(a.announcements.filter((x) => !x.cancelled).map((x) => ({ value: x.id, label: t("form.announcementChoice", { day: x.expectedOn, people: x.announced, origin: x.origin }) }))))
      .catch(() => current && setList([]));
    return () => {
      current = false;
    };
  }, [crisisId]);
  return list;
}
