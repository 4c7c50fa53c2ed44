import type { communicationDe } from "./de";

export const communicationEn: Record<keyof typeof communicationDe, string> = {
};
