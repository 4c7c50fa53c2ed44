import { computed } from "@preact/signals";
import { session } from "../../../api/session";

// The timeline analysis of a crisis, below the crisis's own path (the gateway answers the page for /krisen/{id}/…).
export const timelinePath = (crisisId: string): string => `/krisen/${encodeURIComponent(crisisId)}/auswertung`;

/** The crisis id of a timeline path, or undefined. */
export function timelineCrisis(path: string): string | undefined {
  const match = /^\/krisen\/([^/]+)\/auswertung$/.exec(path);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

/** Analysts, heads and admins may read the analysis and the exports (as the routes say). */
export const canAnalyse = computed(() => session.value?.roles.some((r) => r === "analyst" || r === "head" || r === "admin") ?? false);
