import { useRef, useState } from "preact/hooks";
import { newIdempotencyKey } from "../api/client";
import { ApiError } from "../api/problem";
import { t, tryT } from "../i18n/i18n";

/** What a form's submit function gets: the values and the Idempotency-Key of this one submission. */
export type Submit<V, R> = (values: V, idempotencyKey: string) => Promise<R>;

export interface FormOptions<V, R> {
  initial: V;
  submit: Submit<V, R>;
  /** Runs after a successful submission with the API's answer. */
  done?: (result: R) => void;
  /** Which field a refusal code belongs to, when the API names none (e.g. `no-room` → `size`). */
  codeFields?: Record<string, keyof V & string>;
}

export interface Form<V> {
  values: V;
  set: <K extends keyof V>(field: K, value: V[K]) => void;
  fieldErrors: Partial<Record<keyof V & string, string>>;
  formError: string | undefined;
  /** True after a 412: the page shows a reload button instead of overwriting. */
  changedMeanwhile: boolean;
  busy: boolean;
  onSubmit: (event: Event) => void;
}

/**
 * The one way every form sends: a fresh Idempotency-Key per submission; the button disabled while sending and a
 * second submit ignored (a double click acts once); the problem details' field errors shown at their fields in
 * German; a 412 turned into "inzwischen geändert — neu laden"; a refusal code (409 no-room, …) in German at the form.
 */
export function useForm<V, R>(options: FormOptions<V, R>): Form<V> {
  const [values, setValues] = useState<V>(options.initial);
  const [fieldErrors, setFieldErrors] = useState<Form<V>["fieldErrors"]>({});
  const [formError, setFormError] = useState<string>();
  const [changedMeanwhile, setChangedMeanwhile] = useState(false);
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (sending.current) return;
    sending.current = true;
    setBusy(true);
    setFormError(undefined);
    setFieldErrors({});
    setChangedMeanwhile(false);
    options
      .submit(values, newIdempotencyKey())
      .then((result) => options.done?.(result))
      .catch((error: unknown) => {
        const { fields, message, changed } = explain<V>(error, options.codeFields ?? {});
        setFieldErrors(fields);
        setFormError(message);
        setChangedMeanwhile(changed);
      })
      .finally(() => {
        sending.current = false;
        setBusy(false);
      });
  };

  return {
    values,
    set: (field, value) => setValues((previous) => ({ ...previous, [field]: value })),
    fieldErrors,
    formError,
    changedMeanwhile,
    busy,
    onSubmit,
  };
}

/** A refusal in German: per field where the API names one, else one message for the form. */
export function explain<V>(error: unknown, codeFields: Record<string, keyof V & string>): {
  fields: Partial<Record<keyof V & string, string>>;
  message: string | undefined;
  changed: boolean;
} {
  if (!(error instanceof ApiError)) return { fields: {}, message: t("form.failed", { detail: String(error) }), changed: false };
  const { problem } = error;
  if (problem.status === 0) return { fields: {}, message: t("form.offline"), changed: false };
  if (problem.status === 412) return { fields: {}, message: t("form.changedMeanwhile"), changed: true };
  if (problem.status === 403) return { fields: {}, message: t("form.forbidden"), changed: false };
  const coded = problem.code ? tryT(`problem.${problem.code}`) : undefined;
  const fields: Partial<Record<keyof V & string, string>> = {};
  for (const name of Object.keys(problem.errors ?? {})) {
    fields[name as keyof V & string] = fieldMessage(name, coded);
  }
  const codeField = problem.code ? codeFields[problem.code] : undefined;
  if (codeField && coded) fields[codeField] = coded;
  const named = Object.keys(fields).map((name) => tryT(`field.${name}`) ?? name);
  const message =
    coded ??
    (named.length > 0
      ? t("problem.fields", { fields: named.join(", ") })
      : problem.status === 404
        ? t("problem.not-found")
        : t("form.failed", { detail: problem.detail ?? problem.title ?? String(problem.status) }));
  return { fields, message, changed: false };
}

/** The API's own text is English; the page shows the German sentence for the code, or names the field in German. */
function fieldMessage(name: string, coded: string | undefined): string {
  return coded ?? t("problem.field", { field: tryT(`field.${name}`) ?? name });
}
