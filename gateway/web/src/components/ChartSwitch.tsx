import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { t } from "../i18n/i18n";

/**
 * A chart with its table alternative, switched by a button; the heading names both. `table` may be a function, so
 * that a live chart builds its table only while it is shown (not on every push).
 */
export function ChartSwitch({ id, title, chart, table }: {
  id: string;
  title: string;
  chart: ComponentChildren;
  table: ComponentChildren | (() => ComponentChildren);
}) {
  const [asTable, setAsTable] = useState(false);
  return (
    <section aria-labelledby={id} class="chart-box">
      <div class="chart-box__head">
        <h3 id={id}>{title}</h3>
        <button type="button" class="button button--small no-print" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {asTable ? t("chart.showChart") : t("chart.showTable")}
        </button>
      </div>
      {asTable ? (typeof table === "function" ? table() : table) : chart}
    </section>
  );
}
