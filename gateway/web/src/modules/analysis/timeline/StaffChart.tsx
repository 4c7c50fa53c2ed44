import { useMemo } from "preact/hooks";
import type uPlot from "uplot";
import { ChartSwitch } from "../../../components/ChartSwitch";
import { UChart } from "../../../components/UChart";
import { count } from "../../../i18n/format";
import { language, t } from "../../../i18n/i18n";
import type { StaffPoint } from "./types";

const day = (at: string | number): string =>
  new Intl.DateTimeFormat(language.value === "de" ? "de-DE" : "en-GB", { day: "2-digit", month: "2-digit", timeZone: "Europe/Berlin" }).format(new Date(at));

/** Staff requested versus deployed at the end of each day, as lines or as a table. */
export function StaffChart({ points }: { points: StaffPoint[] }) {
  const lang = language.value;
  const options = useMemo<Omit<uPlot.Options, "width">>(
    () => ({
      height: 220,
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(5, max * 1.1)] } },
      axes: [{ values: (_u, splits) => splits.map((s) => day(s * 1000)) }, {}],
      series: [
        { label: t("analysis.timeline.day"), value: (_u, v) => (v == null ? "—" : day(v * 1000)) },
        { label: t("analysis.timeline.requested"), stroke: "#a35200", width: 2 },
        { label: t("analysis.timeline.deployed"), stroke: "#1e7a34", width: 2 },
      ],
      legend: { show: true },
    }),
    [lang],
  );
  const data = useMemo<uPlot.AlignedData>(
    () => [points.map((p) => new Date(p.periodStart).getTime() / 1000), points.map((p) => p.requested), points.map((p) => p.deployed)],
    [points],
  );
  const table = () => (
    <table class="figures">
      <thead>
        <tr>
          <th scope="col">{t("analysis.timeline.day")}</th>
          <th scope="col">{t("analysis.timeline.requested")}</th>
          <th scope="col">{t("analysis.timeline.deployed")}</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.periodStart}>
            <th scope="row">{day(p.periodStart)}</th>
            <td class="number">{count(p.requested)}</td>
            <td class="number">{count(p.deployed)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartSwitch
      id="staff-title"
      title={t("analysis.timeline.staffTitle")}
      chart={points.length > 0 ? <UChart options={options} data={data} label={t("analysis.timeline.staffTitle")} /> : <p>{t("chart.empty")}</p>}
      table={table}
    />
  );
}
