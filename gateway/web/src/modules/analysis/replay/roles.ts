import { computed } from "@preact/signals";
import { session } from "../../../api/session";

/** Analyst or higher (analyst, head, admin): may replay a crisis and write its lessons learned (as the dashboard's `AnalysisRoles`). */
export const canAnalyse = computed(() => session.value?.roles.some((r) => r === "analyst" || r === "head" || r === "admin") ?? false);
