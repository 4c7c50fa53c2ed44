// The communication screens' texts in German; keys start with "communication.". en.ts has the same keys.
export const communicationDe = {
} as const;
