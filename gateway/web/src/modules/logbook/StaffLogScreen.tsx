import { useState } from "preact/hooks";
import { api, withQuery } from "../../api/client";
import { Download } from "../../components/Download";
import { canChange, canLead, session } from "../../api/session";
import { ActionButton } from "../../forms/ActionButton";
import { dateTime } from "../../i18n/format";
import { language, t, type TextKey } from "../../i18n/i18n";
import { useRefreshingRead } from "../../api/useRefreshingRead";
import { EntryForm } from "./EntryForm";
import { StaffLogFilters, type Filters } from "./StaffLogFilters";
import { TakeOverForm } from "./TakeOverForm";
import type { StaffLogRow, StaffLogState } from "./types";

/** The Einsatztagebuch of a crisis: the keeper and the keeper's forms, the filters, every line (corrections beside what they correct). */
export function StaffLogScreen({ crisisId }: { crisisId: string }) {
  const [filters, setFilters] = useState<Filters>({});
  const view = `/api/dashboard/crises/${crisisId}/staff-log`;
  const rows = useRefreshingRead<StaffLogRow[]>(withQuery(view, filters));
  const log = useRefreshingRead<StaffLogState>(`/api/logbook/crises/${crisisId}/staff-log`);
  const state = log.data;
  const isKeeper = state?.keeper != null && state.keeper === session.value?.name;
  const closed = state?.closedBy != null;
  const changed = () => { log.reload(); rows.reload(); };
  const base = `/api/logbook/crises/${crisisId}/staff-log`;
  return (
    <main id="main" class="logbook">
      <h1>{t("logbook.staffLog")}</h1>
      <p data-keeper>{state?.keeper ? t("logbook.keeper", { keeper: state.keeper, function: state.keeperFunction }) : t("logbook.noKeeper")}</p>
      {state?.closedBy && <p>{t("logbook.closed", { closedBy: state.closedBy })}</p>}
      {state?.countersignedBy && <p>{t("logbook.countersigned", { head: state.countersignedBy })}</p>}
      {canChange.value && !closed && !isKeeper && state && <TakeOverForm crisisId={crisisId} previousKeeper={state.keeper ?? null} done={changed} />}
      {isKeeper && !closed && <EntryForm crisisId={crisisId} done={changed} />}
      {isKeeper && !closed && <ActionButton label="logbook.close" submit={(_, key) => api("POST", `${base}/close`, { idempotencyKey: key })} done={changed} />}
      {canLead.value && closed && !state?.countersignedBy && state?.closedBy !== session.value?.name && (
        <ActionButton label="logbook.countersign" submit={(_, key) => api("POST", `${base}/countersign`, { idempotencyKey: key })} done={changed} />
      )}
      <StaffLogFilters apply={setFilters} />
      <p class="no-print">
        <Download path={withQuery(`${view}.csv`, filters)} fileName={`einsatztagebuch-${crisisId}.csv`} label="logbook.csv" />{" "}
        <Download path={withQuery(`${view}.pdf`, filters)} fileName={`einsatztagebuch-${crisisId}.pdf`} label="logbook.pdf" />
      </p>
      {rows.data && rows.data.length === 0 && <p>{t("logbook.empty")}</p>}
      {rows.data && rows.data.length > 0 && <LogTable rows={rows.data} correctable={isKeeper && !closed} crisisId={crisisId} done={changed} />}
    </main>
  );
}

function LogTable({ rows, correctable, crisisId, done }: { rows: StaffLogRow[]; correctable: boolean; crisisId: string; done: () => void }) {
  const [correcting, setCorrecting] = useState<number>();
  return (
    <table class="table" data-staff-log>
      <thead>
        <tr>
          {(["number", "occurred", "entered", "author", "unit", "category", "text"] as const).map((c) => <th key={c} scope="col">{t(`logbook.col.${c}` as TextKey)}</th>)}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.number} data-entry={row.number} class={row.supersededBy ? "logbook__superseded" : undefined}>
            <td>{row.number}</td>
            <td>{dateTime(row.occurredAt)}</td>
            <td>{dateTime(row.enteredAt)}</td>
            <td>{[row.author, row.role, row.function].filter(Boolean).join(" · ")}</td>
            <td>{row.unit}</td>
            <td>{t(`logbook.category.${row.category}` as TextKey)}</td>
            <td>
              {language.value === "en" ? row.en : row.de}
              {row.supersededBy && <> <em>({t("logbook.supersededBy", { number: row.supersededBy })})</em></>}
              {correctable && row.logNumber != null && !row.supersededBy && (
                correcting === row.number
                  ? <EntryForm crisisId={crisisId} corrects={row} done={() => { setCorrecting(undefined); done(); }} onCancel={() => setCorrecting(undefined)} />
                  : <button type="button" class="button button--small no-print" onClick={() => setCorrecting(row.number)}>{t("logbook.correct")}</button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
