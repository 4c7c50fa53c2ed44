// The situation screens' texts in German; keys start with "situation.". en.ts has the same keys.
export const situationDe = {
} as const;
