// Right-to-left languages and scripts, as services/Communication/Messages/LanguageTag.cs knows them, so that the form
// writes right to left before the server has seen the text.
const rightToLeftLanguages = new Set(["ar", "fa", "he", "ur", "ps", "yi", "dv", "ckb", "sd", "ug", "prs"]);
const rightToLeftScripts = new Set(["Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm"]);

/** "rtl" for a tag in a right-to-left language or script (ar, fa, az-Arab), else "ltr" (ku-Latn too). */
export function directionOf(tag: string): "ltr" | "rtl" {
  const parts = tag.trim().split("-");
  const script = parts.slice(1).find((p) => p.length === 4 && /^[A-Za-z]/.test(p));
  const rtl = script
    ? rightToLeftScripts.has(script.charAt(0).toUpperCase() + script.slice(1).toLowerCase())
    : rightToLeftLanguages.has((parts[0] ?? "").toLowerCase());
  return rtl ? "rtl" : "ltr";
}

/** A language tag roughly as BCP 47 shapes it (the server checks it exactly). */
export const looksLikeTag = (tag: string): boolean => /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag.trim());
