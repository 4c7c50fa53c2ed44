import type { taskingDe } from "./de";

export const taskingEn: Record<keyof typeof taskingDe, string> = {
};
