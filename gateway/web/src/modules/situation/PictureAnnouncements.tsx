import { count } from "../../i18n/format";
import { language, t } from "../../i18n/i18n";
import type { AnnouncementFigures } from "./types";
import { berlinDay, dayText } from "./words";

/** How many days back an announcement stays in the picture: people who came last week are still being placed. */
const daysBack = 7;

/** Per announcement that stands, from a week ago on: announced, arrived and placed from the reservations that name it. */
export function PictureAnnouncements({ announcements }: { announcements: AnnouncementFigures[] }) {
  const since = berlinDay(-daysBack);
  const shown = announcements.filter((a) => !a.cancelled && a.expectedOn >= since);
  return (
    <section aria-labelledby="situation-per-announcement">
      <h3 id="situation-per-announcement">{t("situation.perAnnouncement")}</h3>
      <table data-per-announcement>
        <thead>
          <tr>
            <th scope="col">{t("situation.date")}</th><th scope="col">{t("situation.origin")}</th>
            <th scope="col" class="number">{t("situation.announced")}</th><th scope="col" class="number">{t("situation.arrived")}</th>
            <th scope="col" class="number">{t("situation.placed")}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((a) => (
            <tr key={a.announcementId} data-picture-announcement={a.announcementId}>
              <th scope="row">{dayText(a.expectedOn, language.value)}</th>
              <td>{a.origin}</td>
              <td class="number">{count(a.announced)}</td>
              <td class="number">{count(a.arrived)}</td>
              <td class="number" data-placed>{count(a.placed)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
