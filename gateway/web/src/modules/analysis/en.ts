import type { analysisDe } from "./de";

export const analysisEn: Record<keyof typeof analysisDe, string> = {
};
