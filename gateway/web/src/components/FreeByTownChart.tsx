import { useMemo } from "preact/hooks";
import uPlot from "uplot";
import type { BoardTown } from "../api/types";
import { count } from "../i18n/format";
import { language, t } from "../i18n/i18n";
import { ChartSwitch } from "./ChartSwitch";
import { UChart } from "./UChart";

/** Free places per town as bars (uPlot's bar paths), with the same figures as a table. */
export function FreeByTownChart({ towns }: { towns: BoardTown[] }) {
  const lang = language.value;
  const names = towns.map((town) => town.town).join("|");
  const options = useMemo<Omit<uPlot.Options, "width">>(
    () => ({
      height: 220,
      scales: { x: { time: false, range: (_u, min, max) => [min - 0.5, max + 0.5] }, y: { range: (_u, _min, max) => [0, Math.max(10, max * 1.1)] } },
      axes: [{ values: (_u, splits) => splits.map((s) => (Number.isInteger(s) ? towns[s]?.town ?? "" : "")), space: 40 }, {}],
      series: [{}, { label: t("acc.free"), fill: "#1e7a34", stroke: "#1e7a34", paths: uPlot.paths.bars!({ size: [0.6, 80] }), points: { show: false } }],
      legend: { show: false },
    }),
    [lang, names],
  );
  // A push brings new town objects every time; the chart is drawn again only when a figure it shows changed.
  const free = towns.map((town) => town.free).join("|");
  const data = useMemo<uPlot.AlignedData>(() => [towns.map((_, i) => i), towns.map((town) => town.free)], [names, free]);
  const table = () => (
    <table class="figures">
      <thead>
        <tr>
          <th scope="col">{t("acc.town")}</th>
          <th scope="col">{t("acc.free")}</th>
          <th scope="col">{t("acc.capacity")}</th>
        </tr>
      </thead>
      <tbody>
        {towns.map((town) => (
          <tr key={town.town}>
            <th scope="row">{town.town}</th>
            <td class="number">{count(town.free)}</td>
            <td class="number">{count(town.capacity)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartSwitch
      id="free-title"
      title={t("chart.freeByTown")}
      chart={towns.length > 0 ? <UChart options={options} data={data} label={t("chart.freeByTown")} /> : <p>{t("chart.empty")}</p>}
      table={table}
    />
  );
}
