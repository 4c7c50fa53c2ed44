import type { staffingDe } from "./de";

export const staffingEn: Record<keyof typeof staffingDe, string> = {
};
