import { canChange } from "../../../api/session";
import { count, dateTime } from "../../../i18n/format";
import { t } from "../../../i18n/i18n";
import { AnnouncementForm } from "../forms/AnnouncementForm";
import { ArrivalForm } from "../forms/ArrivalForm";
import { CancelAnnouncementForm } from "../forms/CancelAnnouncementForm";
import { situationApi } from "../paths";
import type { AllocationTotals, AnnouncementView } from "../types";
import { useResource } from "../useResource";
import type { PanelProps } from "./panel";

/** Announcements (Zuweisungen) with announced / arrived / placed, recording arrivals, changing and cancelling; each with its history. */
export function AllocationsPanel({ crisisId, version, show }: PanelProps) {
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
            <th scope="col" class="number">{t("situation.placed")}</th><th scope="col">{t("situation.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {(totals?.announcements ?? []).map((a) => <AnnouncementRow key={a.id} crisisId={crisisId} announcement={a} show={show} />)}
        </tbody>
      </table>
    </section>
  );
}

function AnnouncementRow({ crisisId, announcement: a, show }: { crisisId: string; announcement: AnnouncementView; show: PanelProps["show"] }) {
  const which = `${a.expectedOn} ${a.origin}`;
  const window = a.window ? ` ${a.window.from.slice(0, 5)}–${a.window.until.slice(0, 5)}` : "";
  return (
    <tr data-announcement={a.id}>
      <th scope="row">{a.expectedOn}{window}</th>
      <td>
        {a.origin}{a.cancelled && <strong class="closed"> {t("situation.cancelled")}</strong>}
        {a.history.length > 1 && <History announcement={a} />}
      </td>
      <td class="number" data-announced>{count(a.announced)}</td>
      <td class="number" data-arrived>{count(a.arrived)}</td>
      <td class="number" data-placed>{count(a.placed)}</td>
      <td>
        {canChange.value && !a.cancelled && (
          <span class="panel__actions">
            <button type="button" class="button button--small" aria-label={`${t("situation.recordArrival")}: ${which}`}
              onClick={() => show(t("situation.recordArrival"), (done, cancel) => <ArrivalForm crisisId={crisisId} announcementId={a.id} done={done} onCancel={cancel} />)}>
              {t("situation.recordArrival")}
            </button>
            <button type="button" class="button button--small" aria-label={`${t("situation.changeAnnouncement")}: ${which}`}
              onClick={() => show(t("situation.changeAnnouncement"), (done, cancel) => <AnnouncementForm crisisId={crisisId} changes={a} done={done} onCancel={cancel} />)}>
              {t("situation.changeAnnouncement")}
            </button>
            <button type="button" class="button button--small" aria-label={`${t("situation.cancelAnnouncement")}: ${which}`}
              onClick={() => show(t("situation.cancelAnnouncement"), (done, cancel) => <CancelAnnouncementForm crisisId={crisisId} announcementId={a.id} done={done} onCancel={cancel} />)}>
              {t("situation.cancelAnnouncement")}
            </button>
          </span>
        )}
      </td>
    </tr>
  );
}

/** Every version of the announcement, oldest first, with the reason given for each change. */
function History({ announcement }: { announcement: AnnouncementView }) {
  return (
    <details class="history" data-history>
      <summary>{t("situation.history", { count: announcement.history.length })}</summary>
      <ol>
        {announcement.history.map((v) => (
          <li key={v.at}>
            {dateTime(v.at)}: {t("situation.version", { people: count(v.figures.people), day: v.figures.expectedOn, origin: v.figures.origin })}
            {v.reason && <> — {v.reason}</>}
          </li>
        ))}
      </ol>
    </details>
  );
}
