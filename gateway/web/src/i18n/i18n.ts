import { signal } from "@preact/signals";
import { de, type TextKey } from "./de";
import { en } from "./en";

export type Language = "de" | "en";
export type { TextKey };

const storageKey = "krisenstab.language";
const texts: Record<Language, Record<TextKey, string>> = { de, en };

/** The page's language: German unless the user chose English, remembered in localStorage. */
export const language = signal<Language>(localStorage.getItem(storageKey) === "en" ? "en" : "de");

export function setLanguage(next: Language): void {
  language.value = next;
  localStorage.setItem(storageKey, next);
  document.documentElement.lang = next;
}

/** The text for `key` in the current language, with `{name}` placeholders filled from `values`. */
export function t(key: TextKey, values: Record<string, string | number> = {}): string {
  return texts[language.value][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
}

/** A text that may not exist (a problem code from the server, an enum value), or undefined. */
export function tryT(key: string, values: Record<string, string | number> = {}): string | undefined {
  return key in de ? t(key as TextKey, values) : undefined;
}
