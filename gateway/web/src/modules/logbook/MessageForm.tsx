import { api } from "../../api/client";
import { FormFrame, SelectField, TextField } from "../../forms/fields";
import { useForm } from "../../forms/form";
import { TextAreaField } from "../../forms/TextAreaField";
import { berlinLocalInput, berlinLocalToIso } from "../../i18n/format";
import { t, type TextKey } from "../../i18n/i18n";
import { channels, priorities } from "./types";

/** POST …/messages: an incoming or outgoing message with its channel, time, sender, recipient, priority and content. */
export function MessageForm({ crisisId, done }: { crisisId: string; done: () => void }) {
  const form = useForm({
    initial: { direction: "incoming", channel: "phone", priority: "einfach", at: berlinLocalInput(new Date()), sender: "", recipient: "", content: "" },
    submit: (v, key) =>
      api("POST", `/api/logbook/crises/${crisisId}/messages`, { body: { ...v, at: berlinLocalToIso(v.at) }, idempotencyKey: key }),
    done,
  });
  const options = (prefix: string, values: readonly string[]) => values.map((value) => ({ value, label: t(`${prefix}.${value}` as TextKey) }));
  return (
    <FormFrame form={form} title="logbook.record" submitLabel="logbook.record">
      <SelectField form={form} name="direction" label="logbook.field.direction" required options={options("logbook.direction", ["incoming", "outgoing"])} />
      <SelectField form={form} name="channel" label="logbook.field.channel" required options={options("logbook.channel", channels)} />
      <SelectField form={form} name="priority" label="logbook.field.priority" required options={options("logbook.priority", priorities)} />
      <TextField form={form} name="at" label="logbook.field.at" type="datetime-local" required />
      <TextField form={form} name="sender" label="logbook.field.sender" required />
      <TextField form={form} name="recipient" label="logbook.field.recipient" required />
      <TextAreaField form={form} name="content" label="logbook.field.content" required />
    </FormFrame>
  );
}
