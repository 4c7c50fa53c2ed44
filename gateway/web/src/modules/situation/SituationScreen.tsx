import { useState } from "preact/hooks";
import type { VNode } from "preact";
import { canChange, canLead } from "../../api/session";
import type { Board } from "../../api/types";
import { Dialog } from "../../components/Dialog";
import { ActionButton } from "../../forms/ActionButton";
import { api } from "../../api/client";
import { count, dateTime } from "../../i18n/format";
import { t } from "../../i18n/i18n";
import { followLink, paths } from "../../router";
import { Download } from "./Download";
import { AnnouncementForm } from "./forms/AnnouncementForm";
import { ArrivalForm } from "./forms/ArrivalForm";
import { IncidentForm } from "./forms/IncidentForm";
import { CloseMeetingForm, DecisionForm, MeetingForm } from "./forms/MeetingForms";
import { SectorReportForm } from "./forms/SectorReportForm";
import { situationApi } from "./paths";
import type { AllocationTotals, IncidentDetails, IncidentSummary, MeetingDetails, MeetingSummary, SectorReport } from "./types";
import { useLiveVersion } from "./useLiveVersion";
import { useResource } from "./useResource";
import { word } from "./words";

type Form = (done: () => void, cancel: () => void) => VNode;

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
      <Allocations {...panelProps} />
      <Reports {...panelProps} />
      <Incidents {...panelProps} />
      <Meetings {...panelProps} />
      {open && (
        <Dialog label={open.label} onClose={close}>
          {open.form(() => { close(); refresh(); }, close)}
        </Dialog>
      )}
    </main>
  );
}

interface PanelProps {
  crisisId: string;
  version: number;
  show: (label: string, form: Form) => void;
  refresh: () => void;
}

function Allocations({ crisisId, version, show }: PanelProps) {
  const totals = useResource<AllocationTotals>(situationApi(crisisId, "/announcements"), version);
  return (
    <section aria-labelledby="sit-allocations" data-allocations>
      <h2 id="sit-allocations">{t("situation.announcements")}</h2>
      {canChange.value && (
        <button type="button" class="button" onClick={() => show(t("situation.announce"), (done, cancel) => <AnnouncementForm crisisId={crisisId} done={done} onCancel={cancel} />)}>
          {t("situation.announce")}
        </button>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">{t("situation.date")}</th><th scope="col">{t("situation.origin")}</th>
            <th scope="col" class="number">{t("situation.announced")}</th><th scope="col" class="number">{t("situation.arrived")}</th>
            <th scope="col" class="number">{t("situation.placed")}</th><th scope="col"><span class="sr-only">{t("situation.recordArrival")}</span></th>
          </tr>
        </thead>
        <tbody>
          {(totals?.announcements ?? []).map((a) => (
            <tr key={a.id} data-announcement={a.id}>
              <th scope="row">{a.expectedOn}</th>
              <td>{a.origin}{a.cancelled && <strong class="closed"> {t("situation.cancelled")}</strong>}</td>
              <td class="number">{count(a.announced)}</td>
              <td class="number" data-arrived>{count(a.arrived)}</td>
              <td class="number">{count(a.placed)}</td>
              <td>
                {canChange.value && !a.cancelled && (
                  <button type="button" class="button button--small" aria-label={`${t("situation.recordArrival")}: ${a.expectedOn} ${a.origin}`}
                    onClick={() => show(t("situation.recordArrival"), (done, cancel) => <ArrivalForm crisisId={crisisId} announcementId={a.id} done={done} onCancel={cancel} />)}>
                    {t("situation.recordArrival")}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
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
            <p>{report.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Incidents({ crisisId, version, show, refresh }: PanelProps) {
  const summaries = useResource<IncidentSummary[]>(situationApi(crisisId, "/incidents/summaries"), version);
  const details = useResource<IncidentDetails[]>(situationApi(crisisId, "/incidents/details"), version, canLead.value);
  const board = useResource<Board>("/api/dashboard/accommodation", version);
  const names = new Map((board?.facilities ?? []).map((f) => [f.facilityId, f.name]));
  const texts = new Map((details ?? []).map((d) => [d.incident.id, d.text]));
  return (
    <section aria-labelledby="sit-incidents" data-incident-list>
      <h2 id="sit-incidents">{t("situation.incidents")}</h2>
      {canChange.value && (
        <button type="button" class="button"
          onClick={() => show(t("situation.reportIncident"), (done, cancel) => <IncidentForm crisisId={crisisId} done={done} onCancel={cancel} />)}>
          {t("situation.reportIncident")}
        </button>
      )}
      <ul class="panel__list">
        {(summaries ?? []).map((i) => (
          <li key={i.id} data-incident={i.id}>
            {dateTime(i.occurredAt)} — {names.get(i.facilityId) ?? t("situation.facility")}: {word("category", i.category)}, {word("severity", i.severity)}
            {i.closedAt ? <strong class="closed"> {t("situation.closed")}</strong> : canChange.value && (
              <ActionButton label="situation.closeIncident" detail={word("category", i.category)} done={refresh}
                submit={(_, key) => api("POST", situationApi(crisisId, `/incidents/${i.id}/close`), { idempotencyKey: key })} />
            )}
            {texts.has(i.id) && <p data-incident-text>{texts.get(i.id)}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Meetings({ crisisId, version, show }: PanelProps) {
  const list = useResource<{ meetings: MeetingSummary[] }>(situationApi(crisisId, "/meetings"), version);
  return (
    <section aria-labelledby="sit-meetings" data-meetings>
      <h2 id="sit-meetings">{t("situation.meetings")}</h2>
      {canChange.value && (
        <button type="button" class="button" onClick={() => show(t("situation.scheduleMeeting"), (done, cancel) => <MeetingForm crisisId={crisisId} done={done} onCancel={cancel} />)}>
          {t("situation.scheduleMeeting")}
        </button>
      )}
      {(list?.meetings ?? []).map((m) => <Meeting key={m.id} crisisId={crisisId} meeting={m} version={version} show={show} />)}
    </section>
  );
}

function Meeting({ crisisId, meeting, version, show }: { crisisId: string; meeting: MeetingSummary; version: number; show: PanelProps["show"] }) {
  const details = useResource<MeetingDetails>(situationApi(crisisId, `/meetings/${meeting.id}`), version);
  const when = dateTime(meeting.startsAt);
  return (
    <article class="panel" data-meeting={meeting.id}>
      <h3>{t("situation.startsAt")}: {when}{meeting.closed && <strong class="closed"> {t("situation.closed")}</strong>}</h3>
      <h4>{t("situation.decisions")}</h4>
      <ul class="panel__list">
        {(details?.decisions ?? []).map((d) => (
          <li key={d.decisionId} data-decision>
            {d.text}{d.task && <> — {t("situation.decisionTask", { title: d.task.title, unit: d.task.responsibleUnitName, due: dateTime(d.task.dueAt) })}</>}
          </li>
        ))}
      </ul>
      <Download path={situationApi(crisisId, `/meetings/${meeting.id}/minutes`)} fileName={`protokoll-${meeting.startsAt.slice(0, 10)}.md`} label="situation.minutes" />
      {canChange.value && !meeting.closed && (
        <p class="panel__actions">
          <button type="button" class="button" aria-label={`${t("situation.recordDecision")}: ${when}`}
            onClick={() => show(t("situation.recordDecision"), (done, cancel) => <DecisionForm crisisId={crisisId} meetingId={meeting.id} done={done} onCancel={cancel} />)}>
            {t("situation.recordDecision")}
          </button>
          <button type="button" class="button" aria-label={`${t("situation.closeMeeting")}: ${when}`}
            onClick={() => show(t("situation.closeMeeting"), (done, cancel) => <CloseMeetingForm crisisId={crisisId} meetingId={meeting.id} done={done} onCancel={cancel} />)}>
            {t("situation.closeMeeting")}
          </button>
        </p>
      )}
    </article>
  );
}
