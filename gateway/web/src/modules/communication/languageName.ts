import { language } from "../../i18n/i18n";

const names = new Map<string, Intl.DisplayNames>();

/** "Arabisch (ar)" / "Arabic (ar)": the language's name in the page's language, with its tag; the tag alone if unknown. */
export function languageName(tag: string): string {
  let display = names.get(language.value);
  if (!display) {
    display = new Intl.DisplayNames([language.value], { type: "language" });
    names.set(language.value, display);
  }
  try {
    const name = display.of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}

/** The German title (German is required), else the first. */
export const germanTitle = (texts: { language: string; title: string }[]): string =>
  (texts.find((x) => x.language.split("-")[0] === "de") ?? texts[0])?.title ?? "";
