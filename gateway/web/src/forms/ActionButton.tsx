import { t, type TextKey } from "../i18n/i18n";
import { useForm, type Submit } from "./form";

/** A one-click change (confirm, reopen, unblock, cancel) sent through the same form helper: one key, one act, German errors. */
export function ActionButton({ label, submit, done, detail }: { label: TextKey; submit: Submit<object, unknown>; done: () => void; detail?: string }) {
  const form = useForm({ initial: {}, submit, done });
  return (
    <form class="action" onSubmit={form.onSubmit}>
      <button type="submit" class="button button--small" disabled={form.busy} aria-label={detail ? `${t(label)}: ${detail}` : undefined}>
        {t(label)}
      </button>
      {form.formError && <span role="alert" class="field__error">{form.formError}</span>}
    </form>
  );
}
