import { useEffect, useId, useState } from "preact/hooks";
import type { Form } from "../../forms/form";
import { t } from "../../i18n/i18n";
import { directionOf, looksLikeTag } from "./direction";
import { languageName } from "./languageName";
import type { TextInput } from "./types";

/**
 * One tab per language (German first and required), each with its own title and text, written in the language's
 * direction: `lang` and `dir="rtl"` on the fields of Arabic, Farsi, Hebrew, Urdu … The API's errors
 * (`texts[1].title`, `texts`) are shown at the field they name, and the first tab with an error is opened.
 */
export function LanguageTabs<V extends { texts: TextInput[] }>({ form }: { form: Form<V> }) {
  const id = useId();
  const texts = form.values.texts;
  const errors = form.fieldErrors as Record<string, string | undefined>;
  const [active, setActive] = useState(0);
  const [adding, setAdding] = useState("");
  const [addError, setAddError] = useState(false);
  const shown = Math.min(active, texts.length - 1);
  const hasError = (i: number) => ["", ".language", ".title", ".text"].some((part) => errors[`texts[${i}]${part}`]);

  useEffect(() => {
    const first = texts.findIndex((_, i) => hasError(i));
    if (first >= 0) setActive(first);
  }, [form.fieldErrors]);

  const change = (index: number, part: "title" | "text", value: string) =>
    form.set("texts", texts.map((x, i) => (i === index ? { ...x, [part]: value } : x)) as V["texts"]);
  const add = () => {
    const tag = adding.trim();
    if (!looksLikeTag(tag) || texts.some((x) => x.language.toLowerCase() === tag.toLowerCase())) {
      setAddError(true);
      return;
    }
    form.set("texts", [...texts, { language: tag, title: "", text: "" }] as V["texts"]);
    setActive(texts.length);
    setAdding("");
    setAddError(false);
  };
  const remove = (index: number) => {
    form.set("texts", texts.filter((_, i) => i !== index) as V["texts"]);
    setActive(0);
  };
  const onKey = (event: KeyboardEvent) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = (shown + step + texts.length) % texts.length;
    setActive(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };
  const current = texts[shown];

  return (
    <fieldset class="field languages">
      <legend>{t("communication.languages")}</legend>
      {errors.texts && <span class="field__error" data-field-error="texts">{errors.texts}</span>}
      <div role="tablist" class="languages__tabs" aria-label={t("communication.languageTabs")} onKeyDown={onKey}>
        {texts.map((x, i) => (
          <button
            key={x.language}
            type="button"
            role="tab"
            id={`${id}-tab-${i}`}
            class={hasError(i) ? "languages__tab languages__tab--error" : "languages__tab"}
            aria-selected={i === shown}
            aria-controls={`${id}-panel`}
            tabIndex={i === shown ? 0 : -1}
            data-language-tab={x.language}
            onClick={() => setActive(i)}
          >
            {hasError(i) ? t("communication.tabError", { language: languageName(x.language) }) : languageName(x.language)}
          </button>
        ))}
      </div>
      {current && (
        <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${shown}`} class="languages__panel">
          <TextControl id={`${id}-title`} label={t("communication.field.title", { language: languageName(current.language) })} tag={current.language}
            value={current.title} error={errors[`texts[${shown}].title`] ?? errors[`texts[${shown}].language`]} onInput={(v) => change(shown, "title", v)} />
          <TextControl id={`${id}-text`} label={t("communication.field.text", { language: languageName(current.language) })} tag={current.language}
            value={current.text} error={errors[`texts[${shown}].text`]} multiline onInput={(v) => change(shown, "text", v)} />
          {current.language !== "de" && (
            <button type="button" class="button button--small" onClick={() => remove(shown)}>
              {t("communication.removeLanguage", { language: languageName(current.language) })}
            </button>
          )}
        </div>
      )}
      <div class="languages__add">
        <label for={`${id}-add`}>{t("communication.addLanguageField")}</label>
        <input id={`${id}-add`} value={adding} aria-invalid={addError ? "true" : undefined} aria-describedby={addError ? `${id}-add-error` : undefined}
          onInput={(e) => setAdding(e.currentTarget.value)}
          onKeyDown={(e) => { if (e.key === "Enter") { e.preventDefault(); add(); } }} />
        <button type="button" class="button button--small" onClick={add}>{t("communication.addLanguage")}</button>
        {addError && <span id={`${id}-add-error`} class="field__error">{t("communication.addLanguageWrong")}</span>}
      </div>
    </fieldset>
  );
}

/** A title or text field in the language it is written in. */
function TextControl({ id, label, tag, value, error, multiline, onInput }: {
  id: string; label: string; tag: string; value: string; error: string | undefined; multiline?: boolean; onInput: (value: string) => void;
}) {
  const props = {
    id,
    lang: tag,
    dir: directionOf(tag),
    value,
    required: true,
    "aria-invalid": error ? ("true" as const) : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
  };
  return (
    <div class={error ? "field field--error" : "field"}>
      <label for={id}>{label}</label>
      {multiline
        ? <textarea {...props} rows={6} onInput={(e) => onInput(e.currentTarget.value)} />
        : <input {...props} onInput={(e) => onInput(e.currentTarget.value)} />}
      {error && <span id={`${id}-error`} class="field__error">{error}</span>}
    </div>
  );
}
