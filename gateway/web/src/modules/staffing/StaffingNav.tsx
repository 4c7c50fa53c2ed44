import { followLink, location } from "../../router";
import { t, type TextKey } from "../../i18n/i18n";
import { staffingPaths } from "./paths";

const links: Array<[string, TextKey]> = [
  [staffingPaths.pool(), "staffing.nav.pool"],
  [staffingPaths.requests(), "staffing.nav.requests"],
  [staffingPaths.hours(), "staffing.nav.hours"],
];

/** The pool's own pages, the current one marked. */
export function StaffingNav() {
  return (
    <nav aria-label={t("staffing.nav.label")} class="staffing__nav">
      {links.map(([href, label]) => (
        <a key={href} href={href} onClick={followLink} class="button button--small" aria-current={location.value.path === href ? "page" : undefined}>{t(label)}</a>
      ))}
    </nav>
  );
}
