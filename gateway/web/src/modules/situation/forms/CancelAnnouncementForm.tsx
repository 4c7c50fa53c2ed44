import { api } from "../../../api/client";
import { FormFrame, TextField } from "../../../forms/fields";
import { useForm } from "../../../forms/form";
import { situationApi } from "../paths";

/** POST …/announcements/{aid}/cancel: the state called the allocation off; it stays in the list, marked, with its history. */
export function CancelAnnouncementForm({ crisisId, announcementId, done, onCancel }: { crisisId: string; announcementId: string; done: () => void; onCancel: () => void }) {
  const form = useForm({
    initial: { reason: "" },
    submit: (v, key) =>
      api("POST", situationApi(crisisId, `/announcements/${announcementId}/cancel`), { body: { reason: v.reason || undefined }, idempotencyKey: key }),
    done,
    codeFields: { "announcement-cancelled": "reason" },
  });
  return (
    <FormFrame form={form} title="situation.form.cancelAnnouncement" submitLabel="situation.cancelAnnouncement" onCancel={onCancel}>
      <TextField form={form} name="reason" label="field.reason" />
    </FormFrame>
  );
}
