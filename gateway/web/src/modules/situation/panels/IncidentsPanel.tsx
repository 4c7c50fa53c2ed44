import { api } from "../../../api/client";
import { canChange, canLead } from "../../../api/session";
import type { Board } from "../../../api/types";
import { ActionButton } from "../../../forms/ActionButton";
import { dateTime } from "../../../i18n/format";
import { t } from "../../../i18n/i18n";
import { IncidentForm } from "../forms/IncidentForm";
import { UpdateIncidentForm } from "../forms/UpdateIncidentForm";
import { situationApi } from "../paths";
import type { IncidentDetails, IncidentSummary } from "../types";
import { useResource } from "../useResource";
import { word } from "../words";
import type { PanelProps } from "./panel";

/** Incidents (Vorkommnisse): reported, updated, closed; the confidential text is read only for the roles that may (head, admin). */
export function IncidentsPanel({ crisisId, version, show, refresh }: PanelProps) {
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
              <span class="panel__actions">
                <button type="button" class="button button--small" aria-label={`${t("situation.updateIncident")}: ${word("category", i.category)}`}
                  onClick={() => show(t("situation.updateIncident"), (done, cancel) => <UpdateIncidentForm crisisId={crisisId} incident={i} done={done} onCancel={cancel} />)}>
                  {t("situation.updateIncident")}
                </button>
                <ActionButton label="situation.closeIncident" detail={word("category", i.category)} done={refresh}
                  submit={(_, key) => api("POST", situationApi(crisisId, `/incidents/${i.id}/close`), { idempotencyKey: key })} />
              </span>
            )}
            {texts.has(i.id) && <p data-incident-text>{texts.get(i.id)}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
