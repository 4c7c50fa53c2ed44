import type { BoardTown } from "../api/types";
import { count } from "../i18n/format";
import { t } from "../i18n/i18n";

const percent = (part: number, whole: number): string => `${whole > 0 ? Math.min(100, (part / whole) * 100) : 0}%`;

/** Per town a bar of occupied (and reserved, blocked) against capacity, with the fair-share mark where configured. */
export function TownBars({ towns }: { towns: BoardTown[] }) {
  return (
    <section aria-labelledby="towns-title" class="towns">
      <h3 id="towns-title">{t("acc.towns")}</h3>
      <ul class="towns__list">
        {towns.map((town) => (
          <li key={town.town} class="town">
            <span class="town__label">{t("acc.townBar", { town: town.town, occupied: count(town.occupied), capacity: count(town.capacity) })}</span>
            <span class="bar" aria-hidden="true">
              <span class="bar__occupied" style={{ width: percent(town.occupied, town.capacity) }} />
              <span class="bar__reserved" style={{ width: percent(town.reserved + town.blocked, town.capacity) }} />
              {town.fairShare != null && <span class="bar__share" style={{ left: percent(town.fairShare, Math.max(town.capacity, town.fairShare)) }} />}
            </span>
            {town.fairShare != null && <span class="town__share">{t("acc.fairShare", { share: count(town.fairShare) })}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
