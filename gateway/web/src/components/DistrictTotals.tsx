import type { Totals } from "../api/types";
import { count } from "../i18n/format";
import { t, type TextKey } from "../i18n/i18n";

const figures: Array<[keyof Totals, TextKey]> = [
  ["capacity", "acc.capacity"],
  ["occupied", "acc.occupied"],
  ["reserved", "acc.reserved"],
  ["blocked", "acc.blocked"],
  ["free", "acc.free"],
];

/** The district's key figures as large numbers. */
export function DistrictTotals({ district }: { district: Totals }) {
  return (
    <section aria-labelledby="district-title" class="totals">
      <h3 id="district-title">{t("acc.district")}</h3>
      <dl class="totals__list">
        {figures.map(([key, label]) => (
          <div key={key} class={`totals__item totals__item--${key}`}>
            <dt>{t(label)}</dt>
            <dd data-total={key}>{count(district[key])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
