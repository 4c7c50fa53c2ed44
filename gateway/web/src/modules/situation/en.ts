import type { situationDe } from "./de";

export const situationEn: Record<keyof typeof situationDe, string> = {
};
