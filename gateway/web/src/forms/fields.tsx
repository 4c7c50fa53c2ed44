import type { ComponentChildren } from "preact";
import { useId } from "preact/hooks";
import { t, type TextKey } from "../i18n/i18n";
import type { Form } from "./form";

export interface FieldProps<V> {
  form: Form<V>;
  name: keyof V & string;
  label: TextKey;
  hint?: TextKey;
  required?: boolean;
}

/** Label, control and the field's error, tied together for screen readers. */
export function FieldFrame<V>({ form, name, label, hint, required, children }: FieldProps<V> & { children: (id: string, describedBy: string | undefined) => ComponentChildren }) {
  const id = useId();
  const error = form.fieldErrors[name];
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div class={error ? "field field--error" : "field"}>
      <label for={id}>
        {t(label)}
        {required && <span class="field__required"> ({t("form.required")})</span>}
      </label>
      {hint && <span id={`${id}-hint`} class="field__hint">{t(hint)}</span>}
      {children(id, describedBy)}
      {error && <span id={`${id}-error`} class="field__error" data-field-error={name}>{error}</span>}
    </div>
  );
}

/** What every control carries: its id and name, required, invalid and described-by state, and its value. */
export function controlProps<V>({ form, name, required }: FieldProps<V>, id: string, describedBy: string | undefined) {
  return {
    id,
    name,
    required,
    "aria-invalid": form.fieldErrors[name] ? ("true" as const) : undefined,
    "aria-describedby": describedBy,
    value: String(form.values[name] ?? ""),
  };
}

export function TextField<V>(props: FieldProps<V> & { type?: "text" | "password" | "datetime-local" | "date" | "time" | "month" | "number"; autocomplete?: string; min?: number; max?: number }) {
  const { form, name } = props;
  return (
    <FieldFrame {...props}>
      {(id, describedBy) => (
        <input
          {...controlProps(props, id, describedBy)}
          type={(props.type ?? "text") as "text"}
          autocomplete={props.autocomplete}
          inputMode={props.type === "number" ? "numeric" : undefined}
          min={props.min}
          max={props.max}
          onInput={(e) => form.set(name, e.currentTarget.value as V[typeof name])}
        />
      )}
    </FieldFrame>
  );
}

export const NumberField = <V,>(props: FieldProps<V> & { min?: number; max?: number }) => <TextField {...props} type="number" />;

export function SelectField<V>(props: FieldProps<V> & { options: Array<{ value: string; label: string }> }) {
  const { form, name } = props;
  return (
    <FieldFrame {...props}>
      {(id, describedBy) => (
        <select
          {...controlProps(props, id, describedBy)}
          onChange={(e) => form.set(name, e.currentTarget.value as V[typeof name])}
        >
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/** A group of checkboxes for a list value (features, needs). */
export function ChoiceField<V>({ form, name, label, options }: FieldProps<V> & { options: Array<{ value: string; label: string }> }) {
  const chosen = (form.values[name] as unknown as string[]) ?? [];
  const error = form.fieldErrors[name];
  return (
    <fieldset class={error ? "field field--error" : "field"}>
      <legend>{t(label)}</legend>
      {options.map((o) => (
        <label key={o.value} class="choice">
          <input
            type="checkbox"
            name={name}
            value={o.value}
            checked={chosen.includes(o.value)}
            onChange={(e) =>
              form.set(name, (e.currentTarget.checked ? [...chosen, o.value] : chosen.filter((c) => c !== o.value)) as V[typeof name])
            }
          />
          {o.label}
        </label>
      ))}
      {error && <span class="field__error" data-field-error={name}>{error}</span>}
    </fieldset>
  );
}

/** The form's frame: title, the form-level message (announced), the submit button disabled while sending. */
export function FormFrame<V>({ form, title, submitLabel, children, onCancel }: {
  form: Form<V>;
  title: TextKey;
  submitLabel?: TextKey;
  children: ComponentChildren;
  onCancel?: () => void;
}) {
  const id = useId();
  return (
    <form class="form" aria-labelledby={id} onSubmit={form.onSubmit} noValidate>
      <h2 id={id}>{t(title)}</h2>
      {children}
      <div role="alert" class="form__message">
        {form.formError && <p class="form__error" data-form-error>{form.formError}</p>}
        {form.changedMeanwhile && (
          <button type="button" class="button" onClick={() => window.location.reload()}>{t("form.reload")}</button>
        )}
      </div>
      <div class="form__actions">
        <button type="submit" class="button button--primary" disabled={form.busy} aria-disabled={form.busy}>
          {form.busy ? t("form.sending") : t(submitLabel ?? "form.send")}
        </button>
        {onCancel && <button type="button" class="button" onClick={onCancel}>{t("app.cancel")}</button>}
      </div>
    </form>
  );
}

/** The whole number in a text field, or NaN (the API then names the field). */
export const whole = (value: string): number => (value.trim() === "" ? Number.NaN : Number(value));
