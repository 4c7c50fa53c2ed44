import { dateTime } from "../../i18n/format";
import { t, type TextKey } from "../../i18n/i18n";
import { followLink } from "../../router";
import { germanTitle } from "./languageName";
import { communicationApi, communicationPaths } from "./paths";
import { canApprove, canWrite } from "./roles";
import type { MessageSummary } from "./types";
import { useLiveResource } from "./useLiveReload";

/** Every message, newest change first: title, audience, state, languages, failed deliveries. */
export function MessageList() {
  const { value: messages, reload } = useLiveResource<MessageSummary[]>(communicationApi.messages, undefined);
  const waiting = messages?.filter((m) => m.status === "submitted").length ?? 0;
  return (
    <main id="content" class="communication">
      <h1>{t("communication.title")}</h1>
      <div class="picture__actions">
        {canWrite.value && <a class="button button--primary" href={communicationPaths.write()} onClick={followLink}>{t("communication.write")}</a>}
        {canApprove.value && <a class="button" href={communicationPaths.approvals()} onClick={followLink}>{t("communication.approvalsCount", { count: waiting })}</a>}
        <button type="button" class="button" onClick={reload}>{t("communication.reload")}</button>
      </div>
      {messages === undefined ? <p>{t("app.loading")}</p>
        : messages.length === 0 ? <p>{t("communication.empty")}</p>
        : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t("communication.col.title")}</th>
                <th scope="col">{t("communication.col.audience")}</th>
                <th scope="col">{t("communication.col.status")}</th>
                <th scope="col">{t("communication.col.languages")}</th>
                <th scope="col" class="number">{t("communication.col.failed")}</th>
                <th scope="col">{t("communication.col.changed")}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr key={m.id} data-message={m.id}>
                  <td><a href={communicationPaths.message(m.id)} onClick={followLink}>{germanTitle(m.texts)}</a></td>
                  <td>{t(`communication.audience.${m.audience}` as TextKey)}</td>
                  <td>{m.isRetracted ? t("communication.retracted") : t(`communication.status.${m.status}` as TextKey)}</td>
                  <td>{m.texts.map((x) => x.language).join(", ")}</td>
                  <td class={m.failedDeliveries > 0 ? "number delivery--failed" : "number"}>{m.failedDeliveries}</td>
                  <td>{dateTime(m.changedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
    </main>
  );
}
