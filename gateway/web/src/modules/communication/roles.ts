import { computed } from "@preact/signals";
import { session } from "../../api/session";

// Who may do what here, as services/Communication/CommunicationApi.cs decides it (the API refuses the rest anyway).
export const canWrite = computed(() => session.value?.roles.some((r) => r === "staff" || r === "press" || r === "head" || r === "admin") ?? false);
export const canApprove = computed(() => session.value?.roles.some((r) => r === "press" || r === "head") ?? false);

/**
 * Whether the signed-in person wrote this version: the API records the token's subject as author, and this gateway
 * issues the user name as both subject and name. The author never gets the approve button (four eyes).
 */
export const isMine = (author: string): boolean => session.value?.name === author;
