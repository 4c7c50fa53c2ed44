// The analysis screens' texts in German; keys start with "analysis.". en.ts has the same keys.
export const analysisDe = {
} as const;
