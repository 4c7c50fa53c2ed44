import { language, t, type TextKey } from "../../i18n/i18n";

const names = new Map<string, Intl.DisplayNames>();

/** "Ukrainisch (uk)": the language's name in the page's language, with its BCP 47 code. */
export function languageName(code: string): string {
  let display = names.get(language.value);
  if (!display) {
    display = new Intl.DisplayNames([language.value === "de" ? "de-DE" : "en-GB"], { type: "language" });
    names.set(language.value, display);
  }
  try {
    return `${display.of(code) ?? code} (${code})`;
  } catch {
    return code;
  }
}

export const languageList = (codes: readonly string[]): string => codes.map(languageName).join(", ");

/** "uk, ru ar" → ["uk", "ru", "ar"]: the codes as typed; the API checks and canonicalises them. */
export const codesFrom = (text: string): string[] => text.split(/[\s,;]+/).map((c) => c.trim()).filter(Boolean);

/** "14.03.2022 – 27.03.2022" */
export function periodText(from: string, to: string): string {
  const show = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString(language.value === "de" ? "de-DE" : "en-GB", { timeZone: "UTC" });
  return from === to ? show(from) : `${show(from)} – ${show(to)}`;
}

export const kindText = (kind: string): string => t(`staffing.kind.${kind}` as TextKey);

export const skillText = (skill: string): string => t(`staffing.skill.${skill}` as TextKey);
