// The staffing screens' texts in German; keys start with "staffing.". en.ts has the same keys.
export const staffingDe = {
} as const;
