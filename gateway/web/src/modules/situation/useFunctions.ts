import { situationFunctions } from "./paths";
import type { StaffFunction } from "./types";
import { useResource } from "./useResource";

/** The configured staff functions (GET /api/situation/functions), in speaking order; undefined while loading, null when unreadable. */
export const useFunctions = (): StaffFunction[] | null | undefined => useResource<StaffFunction[]>(situationFunctions, 0);

/** The functions as choices of a select or checkbox group: "S2 — Lage". */
export const functionOptions = (functions: StaffFunction[]) => functions.map((f) => ({ value: f.code, label: `${f.code} — ${f.name}` }));
