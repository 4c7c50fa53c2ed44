import { computed } from "@preact/signals";
import { session } from "../../api/session";

/** The signed-in user is a volunteer of the pool (role `volunteer`): they see their own view only. */
export const isVolunteer = computed(() => (session.value?.roles as readonly string[] | undefined)?.includes("volunteer") ?? false);

/** Erasing a member's personal data is for the operator (admin) only. */
export const canErase = computed(() => session.value?.roles.includes("admin") ?? false);
