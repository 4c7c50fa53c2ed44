/**
 * The rule for every push that carries a journal position: older or equal news is ignored, the next one is
 * applied, and a jump (the server coalesced, or the line dropped) means the snapshot must be read again.
 * Without a version (an older server) every push is applied.
 */
export type PushVerdict = "apply" | "ignore" | "resnapshot";

export function judge(have: number | undefined, pushed: number | undefined): PushVerdict {
  if (have === undefined || pushed === undefined) return "apply";
  if (pushed <= have) return "ignore";
  return pushed === have + 1 ? "apply" : "resnapshot";
}
