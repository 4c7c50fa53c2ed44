import { t, type TextKey } from "../i18n/i18n";

// The API's enum values (kebab case) and their texts.
export const facilityKinds = ["shared-shelter", "emergency-shelter", "flat", "hotel", "other"] as const;
export const facilityFeatures = ["step-free", "family-rooms", "women-only"] as const;
export const householdNeeds = ["step-free", "medical", "family-with-children", "women-only"] as const;
export const blockReasons = ["quarantine", "repair", "other"] as const;
export const moveOutReasons = ["private-housing", "other-municipality", "left-without-notice", "other"] as const;
export const operators = ["municipal", "organisation"] as const;

/** Select or checkbox options for `values`, labelled with the texts `prefix.value`. */
export function choices(prefix: string, values: readonly string[]): Array<{ value: string; label: string }> {
  return values.map((value) => ({ value, label: t(`${prefix}.${value}` as TextKey) }));
}
