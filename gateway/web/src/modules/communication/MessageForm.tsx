import { useEffect, useState } from "preact/hooks";
import { api, get } from "../../api/client";
import type { CrisisSummary } from "../../api/types";
import { choices } from "../../forms/choices";
import { ChoiceField, FormFrame, SelectField, TextField } from "../../forms/fields";
import { useForm } from "../../forms/form";
import { berlinLocalInput, berlinLocalToIso } from "../../i18n/format";
import { LanguageTabs } from "./LanguageTabs";
import { communicationApi } from "./paths";
import type { MessageView, TextInput, VersionView } from "./types";

export const audiences = ["public", "council", "volunteers", "refugees", "staff"] as const;
export const channels = ["feed", "email", "webhook"] as const;

const german: TextInput = { language: "de", title: "", text: "" };

/** The texts as the API wants them: each language's title and text, the tags as typed (the API normalises and checks them). */
const textsOf = (texts: TextInput[]) => texts.map((x) => ({ language: x.language.trim(), title: x.title, text: x.text }));
const untilOf = (value: string) => (value ? berlinLocalToIso(value) ?? value : undefined);

/** POST /api/communication/messages: a new message for a crisis, an audience, channels and languages; then its page. */
export function DraftMessageForm({ crisisId, done }: { crisisId: string | undefined; done: (id: string) => void }) {
  const crises = useOpenCrises();
  const form = useForm({
    initial: { crisisId: crisisId ?? "", audience: "public", channels: ["feed"] as string[], validUntil: "", texts: [german] },
    submit: (v, idempotencyKey) =>
      api<{ id: string }>("POST", communicationApi.messages, {
        idempotencyKey,
        body: { crisisId: v.crisisId || undefined, audience: v.audience, channels: v.channels, texts: textsOf(v.texts), validUntil: untilOf(v.validUntil) },
      }),
    done: (created) => done(created.id),
  });
  useEffect(() => {
    const first = crises[0];
    if (!form.values.crisisId && first) form.set("crisisId", first.id);
  }, [crises]);
  return (
    <FormFrame form={form} title="communication.form.draft">
      <SelectField form={form} name="crisisId" label="communication.field.crisis" options={crises.map((c) => ({ value: c.id, label: `${c.name} (${c.region})` }))} required />
      <SelectField form={form} name="audience" label="communication.field.audience" options={choices("communication.audience", audiences)} required />
      <ChoiceField form={form} name="channels" label="communication.field.channels" options={choices("communication.channel", channels)} />
      <LanguageTabs form={form} />
      <TextField form={form} name="validUntil" label="communication.field.validUntil" type="datetime-local" />
    </FormFrame>
  );
}

/** PUT /api/communication/messages/{id}: new texts for a draft or a rejected version. */
export function ReviseMessageForm({ message, version, done, onCancel }: { message: MessageView; version: VersionView; done: () => void; onCancel: () => void }) {
  const form = useForm({
    initial: { validUntil: version.validUntil ? berlinLocalInput(new Date(version.validUntil)) : "", texts: inputsOf(version) },
    submit: (v) => api("PUT", communicationApi.message(message.id), { body: { texts: textsOf(v.texts), validUntil: untilOf(v.validUntil) } }),
    done,
  });
  return (
    <FormFrame form={form} title="communication.form.revise" onCancel={onCancel}>
      <LanguageTabs form={form} />
      <TextField form={form} name="validUntil" label="communication.field.validUntil" type="datetime-local" />
    </FormFrame>
  );
}

/** POST /api/communication/messages/{id}/corrections: a new version, marked as a correction with a note; it needs approval again. */
export function CorrectMessageForm({ message, version, done, onCancel }: { message: MessageView; version: VersionView; done: () => void; onCancel: () => void }) {
  const form = useForm({
    initial: { note: "", validUntil: version.validUntil ? berlinLocalInput(new Date(version.validUntil)) : "", texts: inputsOf(version) },
    submit: (v) => api("POST", communicationApi.step(message.id, "corrections"), { body: { note: v.note, texts: textsOf(v.texts), validUntil: untilOf(v.validUntil) } }),
    done,
  });
  return (
    <FormFrame form={form} title="communication.form.correct" onCancel={onCancel}>
      <TextField form={form} name="note" label="communication.field.note" required />
      <LanguageTabs form={form} />
      <TextField form={form} name="validUntil" label="communication.field.validUntil" type="datetime-local" />
    </FormFrame>
  );
}

/** POST …/reject or …/retract with the reason the API requires. */
export function ReasonForm({ messageId, step, done, onCancel }: { messageId: string; step: "reject" | "retract"; done: () => void; onCancel: () => void }) {
  const form = useForm({
    initial: { reason: "" },
    submit: (v) => api("POST", communicationApi.step(messageId, step), { body: { reason: v.reason } }),
    done,
  });
  return (
    <FormFrame form={form} title={step === "reject" ? "communication.form.reject" : "communication.form.retract"}
      submitLabel={step === "reject" ? "communication.reject" : "communication.retract"} onCancel={onCancel}>
      <TextField form={form} name="reason" label="communication.field.reason" required />
    </FormFrame>
  );
}

const inputsOf = (version: VersionView): TextInput[] => version.texts.map((x) => ({ language: x.language, title: x.title, text: x.text }));

/** The open crises a message can belong to. */
function useOpenCrises(): CrisisSummary[] {
  const [list, setList] = useState<CrisisSummary[]>([]);
  useEffect(() => {
    void get<CrisisSummary[]>("/api/situation/crises").then((all) => setList(all.filter((c) => c.status === "open"))).catch(() => setList([]));
  }, []);
  return list;
}
