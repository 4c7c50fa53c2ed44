import { useState } from "preact/hooks";
import { api } from "../../api/client";
import { Download } from "../../components/Download";
import { canChange } from "../../api/session";
import { ActionButton } from "../../forms/ActionButton";
import { dateTime } from "../../i18n/format";
import { t, type TextKey } from "../../i18n/i18n";
import { useRefreshingRead } from "../../api/useRefreshingRead";
import { BlitzAlarm } from "./BlitzAlarm";
import { MessageForm } from "./MessageForm";
import { RouteForm } from "./RouteForm";
import type { LoggedMessage } from "./types";

/** The Ein- und Ausgangsnachweisung of a crisis: record a message; every message by number, routed and acknowledged. */
export function MessageLogScreen({ crisisId }: { crisisId: string }) {
  const path = `/api/logbook/crises/${crisisId}/messages`;
  const messages = useRefreshingRead<LoggedMessage[]>(path);
  const [routing, setRouting] = useState<string>();
  const blitz = (messages.data ?? []).filter((m) => m.priority === "blitz" && !m.acknowledgedBy);
  return (
    <main id="main" class="logbook">
      <h1>{t("logbook.messages")}</h1>
      {blitz.length > 0 && <BlitzAlarm messages={blitz} />}
      {canChange.value && <MessageForm crisisId={crisisId} done={messages.reload} />}
      <p class="no-print">
        <Download path={`${path}.csv`} fileName={`nachweisung-${crisisId}.csv`} label="logbook.csv" />{" "}
        <Download path={`${path}.pdf`} fileName={`nachweisung-${crisisId}.pdf`} label="logbook.pdf" />
      </p>
      {messages.data && messages.data.length === 0 && <p>{t("logbook.empty")}</p>}
      {messages.data && messages.data.length > 0 && (
        <table class="table" data-message-log>
          <thead>
            <tr>
              {(["number", "direction", "channel", "priority", "occurred", "sender", "recipient", "text", "function", "acknowledged"] as const).map((c) => (
                <th key={c} scope="col">{t(`logbook.col.${c}` as TextKey)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {messages.data.map((m) => (
              <tr key={m.id} data-message={m.number} class={m.priority === "blitz" && !m.acknowledgedBy ? "logbook__blitz" : undefined}>
                <td>{m.number}</td>
                <td>{t(`logbook.direction.${m.direction}` as TextKey)}</td>
                <td>{t(`logbook.channel.${m.channel}` as TextKey)}</td>
                <td>{t(`logbook.priority.${m.priority}` as TextKey)}</td>
                <td>{dateTime(m.at)}</td>
                <td>{m.sender}</td>
                <td>{m.recipient}</td>
                <td>{m.content}</td>
                <td>
                  {m.function}
                  {canChange.value && (routing === m.id
                    ? <RouteForm crisisId={crisisId} messageId={m.id} done={() => { setRouting(undefined); messages.reload(); }} />
                    : <button type="button" class="button button--small no-print" onClick={() => setRouting(m.id)}>{t("logbook.route")}</button>)}
                </td>
                <td>
                  {m.acknowledgedBy
                    ? `${m.acknowledgedBy}, ${dateTime(m.acknowledgedAt!)}`
                    : canChange.value && <ActionButton label="logbook.acknowledge" detail={String(m.number)}
                      submit={(_, key) => api("POST", `${path}/${m.id}/acknowledge`, { idempotencyKey: key })} done={messages.reload} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
