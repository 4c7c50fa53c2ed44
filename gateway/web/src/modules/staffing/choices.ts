// The staff pool's enum values as the API spells them (kebab case).
export const memberKinds = ["staff", "volunteer", "interpreter"] as const;
export const skills = [
  "registration", "social-work", "benefits", "childcare", "it", "caretaking", "medical", "security", "interpreting", "administration", "logistics",
] as const;
export const languageLevels = ["basic", "conversational", "fluent", "native"] as const;
