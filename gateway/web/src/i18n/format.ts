import { language } from "./i18n";

// Times are always shown in Europe/Berlin (the situation room's time), in the page's language's format.
const zone = "Europe/Berlin";

const cache = new Map<string, Intl.DateTimeFormat>();
function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = language.value + JSON.stringify(options);
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language.value === "de" ? "de-DE" : "en-GB", { timeZone: zone, ...options });
    cache.set(key, format);
  }
  return format;
}

/** 10:42 */
export const hhmm = (at: string | number | Date): string => dateFormat({ hour: "2-digit", minute: "2-digit" }).format(new Date(at));

/** 10:42:07 */
export const hhmmss = (at: string | number | Date): string =>
  dateFormat({ hour: "2-digit", minute: "2-digit", second: "2-digit" }).format(new Date(at));

/** 01.12.2026, 10:42 */
export const dateTime = (at: string | number | Date): string =>
  dateFormat({ day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(new Date(at));

const numbers = { de: new Intl.NumberFormat("de-DE"), en: new Intl.NumberFormat("en-GB") };

/** 1.234 (one formatter per language: a table of 500 rows formats a thousand numbers per update) */
export const count = (n: number): string => numbers[language.value].format(n);

/** Sorting of names and towns as a German reader expects (one collator, not one per comparison). */
export const collator = new Intl.Collator("de");

/** The value for a datetime-local input, in Europe/Berlin. */
export function berlinLocalInput(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
    }).formatToParts(at).map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** A datetime-local value read as Europe/Berlin wall time, as an ISO instant. */
export function berlinLocalToIso(value: string): string | undefined {
  const guess = new Date(`${value}:00Z`);
  if (Number.isNaN(guess.getTime())) return undefined;
  // Shift by Berlin's offset at that moment (twice, to land right across a DST change).
  let at = guess.getTime();
  for (let i = 0; i < 2; i++) {
    const shown = berlinLocalInput(new Date(at));
    at += guess.getTime() - new Date(`${shown}:00Z`).getTime();
  }
  return new Date(at).toISOString();
}
