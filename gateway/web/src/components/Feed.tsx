import type { FeedLine } from "../api/types";
import { hhmm } from "../i18n/format";
import { language, t } from "../i18n/i18n";

/** The latest events as "10:42 — sentence", newest first; the sentence comes from the server, shown as text. The list scrolls, so it takes focus (keyboard scrolling). */
export function Feed({ lines }: { lines: FeedLine[] }) {
  return (
    <section aria-labelledby="feed-title" class="feed">
      <h3 id="feed-title">{t("feed.title")}</h3>
      {lines.length === 0 ? (
        <p>{t("feed.empty")}</p>
      ) : (
        <ol class="feed__list" tabIndex={0} aria-labelledby="feed-title">
          {lines.map((line) => (
            <li key={line.id}>
              <time dateTime={line.occurredAt}>{hhmm(line.occurredAt)}</time> — {language.value === "en" ? line.en : line.de}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
