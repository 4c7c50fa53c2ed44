import { useMemo } from "preact/hooks";
import type uPlot from "uplot";
import type { OccupancyPoint } from "../api/types";
import { count, dateTime, hhmm } from "../i18n/format";
import { language, t } from "../i18n/i18n";
import { ChartSwitch } from "./ChartSwitch";
import { UChart } from "./UChart";

const tableRows = 20;

/** District occupancy over time (occupied, reserved, free), from the occupancy route plus every live change. */
export function OccupancyChart({ points }: { points: OccupancyPoint[] }) {
  const lang = language.value;
  const options = useMemo<Omit<uPlot.Options, "width">>(
    () => ({
      height: 220,
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(10, max * 1.1)] } },
      axes: [{ values: (_u, splits) => splits.map((s) => hhmm(s * 1000)) }, {}],
      series: [
        { label: t("chart.time"), value: (_u, v) => (v == null ? "—" : hhmm(v * 1000)) },
        { label: t("acc.occupied"), stroke: "#1d4f91", width: 2 },
        { label: t("acc.reserved"), stroke: "#a35200", width: 2 },
        { label: t("acc.free"), stroke: "#1e7a34", width: 2 },
      ],
      legend: { show: true },
    }),
    [lang],
  );
  const data = useMemo<uPlot.AlignedData>(
    () => [points.map((p) => new Date(p.at).getTime() / 1000), points.map((p) => p.occupied), points.map((p) => p.reserved), points.map((p) => p.free)],
    [points],
  );
  const table = () => (
    <table class="figures">
      <thead>
        <tr>
          <th scope="col">{t("chart.time")}</th>
          <th scope="col">{t("acc.occupied")}</th>
          <th scope="col">{t("acc.reserved")}</th>
          <th scope="col">{t("acc.free")}</th>
        </tr>
      </thead>
      <tbody>
        {points.slice(-tableRows).reverse().map((p) => (
          <tr key={p.at}>
            <th scope="row">{dateTime(p.at)}</th>
            <td class="number">{count(p.occupied)}</td>
            <td class="number">{count(p.reserved)}</td>
            <td class="number">{count(p.free)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartSwitch
      id="occupancy-title"
      title={t("chart.occupancy")}
      chart={points.length > 0 ? <UChart options={options} data={data} label={t("chart.occupancy")} /> : <p>{t("chart.empty")}</p>}
      table={table}
    />
  );
}
