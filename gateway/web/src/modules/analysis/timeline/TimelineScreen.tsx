import { useEffect, useState } from "preact/hooks";
import { get } from "../../../api/client";
import { explain } from "../../../forms/form";
import { count } from "../../../i18n/format";
import { t } from "../../../i18n/i18n";
import { followLink, paths } from "../../../router";
import { Download } from "../../../components/Download";
import { NoteList } from "../replay/NoteList";
import { StaffChart } from "./StaffChart";
import type { TimelineAnalysis } from "./types";
import { WaitChart } from "./WaitChart";

const hours = (value: number | undefined): string => (value === undefined ? "—" : t("analysis.timeline.hours", { hours: value.toLocaleString() }));

/** The timeline analysis of a crisis (/krisen/{id}/auswertung): waits, full days, overdue units, staff; and the exports. */
export function TimelineScreen({ crisisId }: { crisisId: string }) {
  const [analysis, setAnalysis] = useState<TimelineAnalysis>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    get<TimelineAnalysis>(`/api/dashboard/crises/${encodeURIComponent(crisisId)}/analysis`)
      .then(setAnalysis)
      .catch((failure: unknown) => setError(explain(failure, {}).message));
  }, [crisisId]);
  const base = `/api/dashboard/crises/${encodeURIComponent(crisisId)}`;
  return (
    <main id="content" class="timeline-screen">
      <p><a href={paths.crisis(crisisId)} onClick={followLink}>{t("analysis.timeline.back")}</a></p>
      <h1>{analysis?.name ? t("analysis.timeline.titleOf", { name: analysis.name }) : t("analysis.timeline.title")}</h1>
      <section aria-labelledby="exports-title">
        <h2 id="exports-title">{t("analysis.timeline.exports")}</h2>
        <p class="timeline-screen__downloads">
          <Download path={`${base}/export.ndjson`} fileName={`krise-${crisisId}.ndjson`} label="analysis.timeline.exportEvents" />
          <Download path={`${base}/figures.csv?per=day`} fileName={`kennzahlen-tag-${crisisId}.csv`} label="analysis.timeline.figuresDay" />
          <Download path={`${base}/figures.csv?per=hour`} fileName={`kennzahlen-stunde-${crisisId}.csv`} label="analysis.timeline.figuresHour" />
          <Download path={`${base}/analysis.csv`} fileName={`auswertung-${crisisId}.csv`} label="analysis.timeline.analysisCsv" />
        </p>
      </section>
      {error && <p role="alert">{error}</p>}
      {!analysis && !error && <p>{t("app.loading")}</p>}
      {analysis && <Figures analysis={analysis} />}
    </main>
  );
}

function Figures({ analysis }: { analysis: TimelineAnalysis }) {
  const wait = analysis.placementWait;
  return (
    <>
      <section aria-labelledby="wait-summary-title">
        <h2 id="wait-summary-title">{t("analysis.timeline.waitSummary")}</h2>
        <dl class="timeline-screen__summary">
          <dt>{t("analysis.timeline.placed")}</dt><dd>{count(wait.placed)}</dd>
          <dt>{t("analysis.timeline.median")}</dt><dd>{hours(wait.medianHours)}</dd>
          <dt>{t("analysis.timeline.p90")}</dt><dd>{hours(wait.p90Hours)}</dd>
          <dt>{t("analysis.timeline.unmatched")}</dt><dd>{count(wait.unmatched)}</dd>
          <dt>{t("analysis.timeline.waiting")}</dt><dd>{count(wait.waiting)}</dd>
        </dl>
        <WaitChart wait={wait} />
      </section>
      <section aria-labelledby="full-days-title">
        <h2 id="full-days-title">{t("analysis.timeline.fullDays")}</h2>
        {analysis.highOccupancyDays.length === 0 ? <p>{t("analysis.timeline.noFullDays")}</p> : (
          <table class="figures">
            <thead>
              <tr>
                <th scope="col">{t("analysis.timeline.day")}</th>
                <th scope="col">{t("analysis.timeline.peak")}</th>
                <th scope="col">{t("analysis.timeline.end")}</th>
              </tr>
            </thead>
            <tbody>
              {analysis.highOccupancyDays.map((d) => (
                <tr key={d.date}>
                  <th scope="row">{new Date(`${d.date}T12:00:00Z`).toLocaleDateString()}</th>
                  <td class="number">{`${d.peakOccupancyPercent.toLocaleString()} %`}</td>
                  <td class="number">{d.endOccupancyPercent === undefined ? "—" : `${d.endOccupancyPercent.toLocaleString()} %`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="overdue-title">
        <h2 id="overdue-title">{t("analysis.timeline.overdueTitle")}</h2>
        {analysis.overdueByUnit.length === 0 ? <p>{t("analysis.timeline.noOverdue")}</p> : (
          <table class="figures">
            <thead>
              <tr>
                <th scope="col">{t("analysis.timeline.unit")}</th>
                <th scope="col">{t("analysis.timeline.overdue")}</th>
                <th scope="col">{t("analysis.timeline.overdueAtEnd")}</th>
              </tr>
            </thead>
            <tbody>
              {analysis.overdueByUnit.map((u) => (
                <tr key={u.unit}>
                  <th scope="row">{`${u.unit} — ${u.unitName}`}</th>
                  <td class="number">{count(u.overdue)}</td>
                  <td class="number">{count(u.overdueAtEnd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <StaffChart points={analysis.staff} />
      <section aria-labelledby="lessons-title">
        <h2 id="lessons-title">{t("analysis.notes.title")}</h2>
        <NoteList notes={analysis.lessons} moment="" />
      </section>
    </>
  );
}
