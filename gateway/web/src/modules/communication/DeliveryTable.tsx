import { dateTime, hhmm } from "../../i18n/format";
import { t, type TextKey } from "../../i18n/i18n";
import { languageName } from "./languageName";
import type { DeliveryView, MessageView } from "./types";

/**
 * The published version's way out, per channel: the feed (served here, so in it from publication on), and each e-mail
 * recipient and webhook with the channel's answer. "Zugestellt" only with the channel's acceptance; a refused attempt
 * stays "fehlgeschlagen" with its cause and the next try until one is accepted.
 */
export function DeliveryTable({ message }: { message: MessageView }) {
  const published = message.versions.find((v) => v.number === message.publishedVersion);
  if (!published) return null;
  const deliveries = message.deliveries.filter((d) => d.version === published.number);
  return (
    <section aria-labelledby="deliveries-title">
      <h2 id="deliveries-title">{t("communication.deliveries")}</h2>
      <table class="deliveries">
        <thead>
          <tr>
            <th scope="col">{t("communication.col.channel")}</th>
            <th scope="col">{t("communication.col.target")}</th>
            <th scope="col">{t("communication.col.language")}</th>
            <th scope="col">{t("communication.col.delivery")}</th>
          </tr>
        </thead>
        <tbody>
          {message.channels.includes("feed") && (
            <tr data-delivery="feed" data-status="delivered">
              <td>{t("communication.channel.feed")}</td>
              <td>{t(`communication.audience.${message.audience}` as TextKey)}</td>
              <td>{published.texts.map((x) => x.language).join(", ")}</td>
              <td>{message.retractionReason ? t("communication.delivery.feedRetracted") : t("communication.delivery.feed", { time: dateTime(published.publishedAt ?? "") })}</td>
            </tr>
          )}
          {deliveries.map((d) => (
            <tr key={`${d.channel}/${d.target}`} data-delivery={d.channel} data-status={d.status} class={d.status === "failed" ? "delivery--failed" : undefined}>
              <td>{t(`communication.channel.${d.channel}` as TextKey)}</td>
              <td>{d.channel === "email" ? t("communication.delivery.recipient") : d.target}</td>
              <td>{d.language ? languageName(d.language) : t("communication.delivery.allLanguages")}</td>
              <td>{status(d)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {deliveries.length === 0 && <p>{t("communication.noDeliveries")}</p>}
    </section>
  );
}

function status(d: DeliveryView): string {
  if (d.status === "delivered" && d.deliveredAt) return t("communication.delivery.delivered", { time: hhmm(d.deliveredAt), attempts: d.attempts });
  if (d.status === "failed") return t("communication.delivery.failed", { attempts: d.attempts, error: d.lastError ?? "", time: d.nextAttemptAt ? hhmm(d.nextAttemptAt) : "—" });
  return t("communication.delivery.pending");
}
