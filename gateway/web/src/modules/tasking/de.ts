// The tasking screens' texts in German; keys start with "tasking.". en.ts has the same keys.
export const taskingDe = {
} as const;
