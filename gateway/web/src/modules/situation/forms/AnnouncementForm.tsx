import { api } from "../../../api/client";
import { FormFrame, NumberField, TextField, whole } from "../../../forms/fields";
import { useForm } from "../../../forms/form";
import { t } from "../../../i18n/i18n";
import { situationApi } from "../paths";
import type { AnnouncementView } from "../types";
import { berlinDay } from "../words";

/** A time input's "HH:mm" as the API's time of day "HH:mm:ss"; empty stays missing (the API names the field). */
const seconds = (time: string) => (time.length === 5 ? `${time}:00` : time || undefined);

interface Props {
  crisisId: string;
  /** The announcement to change (PUT, with a reason; the service keeps every version); without it a new one (POST). */
  changes?: AnnouncementView;
  done: () => void;
  onCancel: () => void;
}

/** POST …/announcements: the state announces n people on a day (optionally in a time window) from a reception centre; or PUT to change one. */
export function AnnouncementForm({ crisisId, changes, done, onCancel }: Props) {
  const form = useForm({
    initial: {
      expectedOn: changes?.expectedOn ?? berlinDay(1),
      from: changes?.window?.from.slice(0, 5) ?? "",
      until: changes?.window?.until.slice(0, 5) ?? "",
      people: changes ? String(changes.announced) : "",
      households: changes?.households ? String(changes.households) : "",
      languages: changes?.languages.join(", ") ?? "",
      origin: changes?.origin ?? "",
      reason: "",
    },
    submit: (v, key) => {
      const body = {
        expectedOn: v.expectedOn,
        window: v.from || v.until ? { from: seconds(v.from), until: seconds(v.until) } : undefined,
        people: whole(v.people),
        households: v.households ? whole(v.households) : undefined,
        languages: v.languages.split(",").map((l) => l.trim()).filter(Boolean),
        origin: v.origin,
        reason: changes ? v.reason || undefined : undefined,
      };
      return changes
        ? api("PUT", situationApi(crisisId, `/announcements/${changes.id}`), { body, idempotencyKey: key })
        : api("POST", situationApi(crisisId, "/announcements"), { body, idempotencyKey: key });
    },
    done,
    codeFields: { "announcement-cancelled": "people" },
  });
  return (
    <FormFrame form={form} title={changes ? "situation.form.changeAnnouncement" : "situation.form.announce"} onCancel={onCancel}>
      <TextField form={form} name="expectedOn" label="field.expectedOn" type="date" required />
      <fieldset class="field">
        <legend>{t("situation.window")}</legend>
        <TextField form={form} name="from" label="field.window.from" type="time" />
        <TextField form={form} name="until" label="field.window.until" type="time" />
      </fieldset>
      <NumberField form={form} name="people" label="field.people" min={1} required />
      <NumberField form={form} name="households" label="field.households" min={1} />
      <TextField form={form} name="languages" label="field.languages" hint="field.languagesHint" />
      <TextField form={form} name="origin" label="field.origin" required />
      {changes && <TextField form={form} name="reason" label="field.reason" />}
    </FormFrame>
  );
}
