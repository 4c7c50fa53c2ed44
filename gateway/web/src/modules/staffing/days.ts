import type { Period } from "./types";

/** Today in Europe/Berlin as yyyy-MM-dd (the API's days): deployments and absences are counted by the reader's day. */
export function today(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Whether the period (both days included) covers the day; yyyy-MM-dd compares as text. */
export const covers = (period: Period, day: string): boolean => period.from <= day && day <= period.to;

/** This month as yyyy-MM. */
export const thisMonth = (now: Date = new Date()): string => today(now).slice(0, 7);
