import { useState } from "preact/hooks";
import { canChange } from "../../api/session";
import { Dialog } from "../../components/Dialog";
import { dateTime } from "../../i18n/format";
import { t } from "../../i18n/i18n";
import { followLink, paths } from "../../router";
import { figureLines } from "./figures";
import { SectorReportForm } from "./forms/SectorReportForm";
import { AllocationsPanel } from "./panels/AllocationsPanel";
import { IncidentsPanel } from "./panels/IncidentsPanel";
import { MeetingsPanel } from "./panels/MeetingsPanel";
import type { Form, PanelProps } from "./panels/panel";
import { situationApi } from "./paths";
import type { SectorReport } from "./types";
import { useLiveVersion } from "./useLiveVersion";
import { useResource } from "./useResource";
import { word } from "./words";

/** Recording the situation of one crisis: allocations and arrivals, sector reports and corrections, incidents, meetings and decisions. */
export function SituationScreen({ crisisId }: { crisisId: string }) {
  const [edits, setEdits] = useState(0);
  const version = edits + useLiveVersion(crisisId);
  const [open, setOpen] = useState<{ label: string; form: Form }>();
  const crisis = useResource<{ name: string }>(situationApi(crisisId), 0);
  const show = (label: string, form: Form) => setOpen({ label, form });
  const refresh = () => setEdits((v) => v + 1);
  const close = () => setOpen(undefined);
  const panelProps = { crisisId, version, show, refresh };
  return (
    <main id="content" class="situation-screen">
      <header class="picture__head">
        <h1>{t("situation.screenTitle", { name: crisis?.name ?? "" })}</h1>
        <a class="button" href={paths.crisis(crisisId)} onClick={followLink}>{t("situation.back")}</a>
      </header>
      <AllocationsPanel {...panelProps} />
      <Reports {...panelProps} />
      <IncidentsPanel {...panelProps} />
      <MeetingsPanel {...panelProps} />
      {open && (
        <Dialog label={open.label} onClose={close}>
          {open.form(() => { close(); refresh(); }, close)}
        </Dialog>
      )}
    </main>
  );
}

function Reports({ crisisId, version, show }: PanelProps) {
  const reports = useResource<SectorReport[]>(situationApi(crisisId, "/reports"), version);
  const file = (corrects?: SectorReport["report"]) =>
    show(t(corrects ? "situation.correct" : "situation.fileReport"), (done, cancel) => <SectorReportForm crisisId={crisisId} corrects={corrects} done={done} onCancel={cancel} />);
  return (
    <section aria-labelledby="sit-reports" data-reports>
      <h2 id="sit-reports">{t("situation.sectors")}</h2>
      {canChange.value && <button type="button" class="button" onClick={() => file()}>{t("situation.fileReport")}</button>}
      <ul class="panel__list">
        {(reports ?? []).map(({ report, correctedBy }) => (
          <li key={report.reportId} data-report={report.reportId}>
            <strong>{word("sector", report.sector)}</strong>: {word("light", report.status)} — {t("situation.asOf")} {dateTime(report.asOf)} ({report.function} {report.functionName}){" "}
            {correctedBy ? <em>{t("situation.correctedBy")}</em> : canChange.value && (
              <button type="button" class="button button--small" aria-label={`${t("situation.correct")}: ${word("sector", report.sector)}`} onClick={() => file(report)}>
                {t("situation.correct")}
              </button>
            )}
            {report.figures && report.figures.length > 0 && <p data-figures>{figureLines(report.figures).split("\n").join("; ")}</p>}
            <p>{report.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
