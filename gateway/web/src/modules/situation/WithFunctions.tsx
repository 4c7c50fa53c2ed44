import type { VNode } from "preact";
import { t } from "../../i18n/i18n";
import type { StaffFunction } from "./types";
import { useFunctions } from "./useFunctions";

/** Renders `children` once the configured functions are read, so a form's initial values can name one of them. */
export function WithFunctions({ children }: { children: (functions: StaffFunction[]) => VNode }) {
  const functions = useFunctions();
  if (functions === undefined) return <p>{t("app.loading")}</p>;
  return children(functions ?? []);
}
