import { useMemo } from "preact/hooks";
import uPlot from "uplot";
import { ChartSwitch } from "../../../components/ChartSwitch";
import { UChart } from "../../../components/UChart";
import { count } from "../../../i18n/format";
import { language, t } from "../../../i18n/i18n";
import type { TextKey } from "../../../i18n/i18n";
import type { PlacementWait } from "./types";

const bucketKey = (bucket: string): TextKey => `analysis.timeline.bucket.${bucket}` as TextKey;

/** How long people waited from announcement to placement: a histogram of the buckets, or the same as a table. */
export function WaitChart({ wait }: { wait: PlacementWait }) {
  const lang = language.value;
  const options = useMemo<Omit<uPlot.Options, "width">>(
    () => ({
      height: 220,
      scales: { x: { time: false, range: (_u, min, max) => [min - 0.5, max + 0.5] }, y: { range: (_u, _min, max) => [0, Math.max(5, max * 1.1)] } },
      axes: [{ splits: () => wait.buckets.map((_, i) => i), values: (_u, splits) => splits.map((s) => (wait.buckets[s] ? t(bucketKey(wait.buckets[s]!.bucket)) : "")) }, {}],
      series: [
        { label: t("analysis.timeline.wait") },
        { label: t("analysis.timeline.people"), fill: "#1d4f91", stroke: "#1d4f91", paths: uPlot.paths.bars!({ size: [0.6] }), points: { show: false } },
      ],
      legend: { show: false },
    }),
    [lang, wait],
  );
  const data = useMemo<uPlot.AlignedData>(() => [wait.buckets.map((_, i) => i), wait.buckets.map((b) => b.people)], [wait]);
  const table = (
    <table class="figures">
      <thead>
        <tr>
          <th scope="col">{t("analysis.timeline.wait")}</th>
          <th scope="col">{t("analysis.timeline.people")}</th>
        </tr>
      </thead>
      <tbody>
        {wait.buckets.map((b) => (
          <tr key={b.bucket}>
            <th scope="row">{t(bucketKey(b.bucket))}</th>
            <td class="number">{count(b.people)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartSwitch
      id="wait-title"
      title={t("analysis.timeline.waitTitle")}
      chart={wait.placed > 0 ? <UChart options={options} data={data} label={t("analysis.timeline.waitTitle")} /> : <p>{t("chart.empty")}</p>}
      table={table}
    />
  );
}
