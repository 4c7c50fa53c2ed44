import { t, type TextKey } from "../../i18n/i18n";
import { languageName } from "./languageName";
import { communicationApi } from "./paths";
import type { Audience } from "./types";

/** Links to the Atom feeds the message is in, one per language (what a website or an info-point screen reads). */
export function FeedLinks({ audience, languages }: { audience: Audience; languages: string[] }) {
  return (
    <section aria-labelledby="feeds-title">
      <h2 id="feeds-title">{t("communication.feeds")}</h2>
      <ul>
        {languages.map((language) => (
          <li key={language}>
            <a href={communicationApi.feed(audience, language)} type="application/atom+xml" data-feed-language={language}>
              {t("communication.feedLink", { audience: t(`communication.audience.${audience}` as TextKey), language: languageName(language) })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
