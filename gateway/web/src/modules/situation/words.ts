import { t, type TextKey } from "../../i18n/i18n";

/** The German (or English) word for one of the service's enum values, e.g. `situation.sector.health`. */
export const word = (prefix: "sector" | "light" | "category" | "severity" | "stage" | "note", value: string): string =>
  t(`situation.${prefix}.${value}` as TextKey);

export const options = (prefix: "sector" | "light" | "category" | "severity" | "note", values: readonly string[]) =>
  values.map((value) => ({ value, label: word(prefix, value) }));

/** The day (YYYY-MM-DD) in Europe/Berlin, `offset` days from today. */
export function berlinDay(offset = 0): string {
  const at = new Date(Date.now() + offset * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

/** A YYYY-MM-DD day as the reader's language writes it. */
export const dayText = (day: string, language: string): string =>
  new Intl.DateTimeFormat(language === "de" ? "de-DE" : "en-GB", { timeZone: "UTC", weekday: "short", day: "2-digit", month: "2-digit" }).format(new Date(`${day}T00:00:00Z`));
