import type { PictureSectionProps } from "../module";
import { hhmm } from "../../i18n/format";
import { t, type TextKey } from "../../i18n/i18n";
import { followLink } from "../../router";
import { communicationPaths } from "./paths";
import { canWrite } from "./roles";

/** The picture's communication part: messages awaiting approval, the latest published (retractions marked), failed deliveries. */
export function CommunicationPictureSection({ crisisId, picture }: PictureSectionProps) {
  const section = picture.communication;
  if (!section) return null;
  const link = (id: string, title: string | null | undefined) => (
    <a href={communicationPaths.message(id)} onClick={followLink}>{title || t("communication.section.untitled")}</a>
  );
  return (
    <section aria-labelledby="communication-title" class="communication-section" data-section="communication">
      <h2 id="communication-title">{t("communication.section")}</h2>
      {canWrite.value && <p class="no-print"><a class="button" href={communicationPaths.write(crisisId)} onClick={followLink}>{t("communication.write")}</a></p>}
      <div class="picture__grid">
        <div>
          <h3>{t("communication.section.awaiting", { count: section.awaitingApproval.length })}</h3>
          <ul class="panel__list" data-awaiting>
            {section.awaitingApproval.length === 0 && <li>{t("communication.section.none")}</li>}
            {section.awaitingApproval.map((p) => (
              <li key={p.messageId}>{link(p.messageId, p.title)} — {t("communication.queue.submittedAt", { time: hhmm(p.submittedAt) })}</li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{t("communication.section.latest")}</h3>
          <ul class="panel__list" data-latest-published>
            {section.latestPublished.length === 0 && <li>{t("communication.section.none")}</li>}
            {section.latestPublished.map((p) => (
              <li key={p.messageId} data-published={p.messageId}>
                <time dateTime={p.publishedAt}>{hhmm(p.publishedAt)}</time> — {link(p.messageId, p.title)} ({t(`communication.audience.${p.audience}` as TextKey)}, {p.languages.join(", ")})
                {p.isCorrection && <span class="badge"> {t("communication.correction")}</span>}
                {p.retractionReason && <strong class="retracted"> {t("communication.retractedBecause", { reason: p.retractionReason })}</strong>}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{t("communication.section.failed", { count: section.failedDeliveries.length })}</h3>
          <ul class="panel__list" data-failed-deliveries>
            {section.failedDeliveries.length === 0 && <li>{t("communication.section.none")}</li>}
            {section.failedDeliveries.map((f) => (
              <li key={`${f.messageId}/${f.channel}/${f.target}`} class="delivery--failed">
                {t("communication.section.failedLine", {
                  title: f.title ?? "",
                  channel: t(`communication.channel.${f.channel}` as TextKey),
                  target: f.channel === "email" ? t("communication.delivery.recipient") : f.target,
                  attempt: f.attempt,
                  error: f.error,
                  time: hhmm(f.nextAttemptAt),
                })}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
