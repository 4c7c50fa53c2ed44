import { count } from "../../i18n/format";
import { t } from "../../i18n/i18n";
import type { PictureSectionProps } from "../module";
import { covers, today } from "./days";
import type { DepartmentFigures, PlaceStaff, StaffingSection } from "./types";
import { RequestTable } from "./RequestTable";
import { languageList } from "./words";

/** A department is near its cap when one more away today would reach it (the API's departments route says the same). */
const nearCap = (d: DepartmentFigures, awayToday: number) => awayToday + 1 >= d.cap;

/**
 * The crisis picture's staff section: requested versus assigned, the open requests, the home departments drawn from
 * (near their cap first) and, per place, how many are deployed today and which languages they speak — so a family
 * can be placed where someone speaks their language. "Today" is the reader's day in Europe/Berlin.
 */
export function StaffingPictureSection({ picture }: PictureSectionProps) {
  const section: StaffingSection | undefined = picture.staffing;
  if (!section || (section.requested === 0 && section.places.length === 0)) return null;
  const day = today();
  const departments = section.departments
    .map((d) => ({ ...d, awayToday: d.away.filter((p) => covers(p, day)).length }))
    .sort((a, b) => Number(nearCap(b, b.awayToday)) - Number(nearCap(a, a.awayToday)) || a.name.localeCompare(b.name, "de"));
  const places = section.places
    .map((p) => ({ ...p, today: p.deployments.filter((d) => covers(d, day)) }))
    .filter((p) => p.today.length > 0);
  return (
    <section aria-labelledby="staffing-title" class="staffing-picture" data-staffing>
      <h2 id="staffing-title">{t("staffing.picture.title")}</h2>
      <dl class="totals__list">
        <div class="totals__item"><dt>{t("staffing.picture.requested")}</dt><dd data-staffing-total="requested">{count(section.requested)}</dd></div>
        <div class="totals__item"><dt>{t("staffing.picture.assigned")}</dt><dd data-staffing-total="assigned">{count(section.assigned)}</dd></div>
        <div class="totals__item"><dt>{t("staffing.picture.openRequests")}</dt><dd data-staffing-total="open">{count(section.openRequests.length)}</dd></div>
        <div class="totals__item"><dt>{t("staffing.picture.deployedToday")}</dt><dd data-staffing-total="today">{count(places.reduce((n, p) => n + p.today.length, 0))}</dd></div>
      </dl>
      {section.openRequests.length > 0 && (
        <RequestTable data="open-requests" caption={t("staffing.picture.openRequests")} rows={section.openRequests.map((r) => ({ ...r, id: r.requestId }))} />
      )}
      {departments.length > 0 && (
        <table class="crises" data-departments>
          <caption>{t("staffing.picture.departments")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("field.homeDepartment")}</th>
              <th scope="col">{t("staffing.picture.awayToday")}</th>
              <th scope="col">{t("staffing.picture.cap")}</th>
            </tr>
          </thead>
          <tbody>
            {departments.map((d) => (
              <tr key={d.name} data-department={d.name}>
                <th scope="row">{d.name}{nearCap(d, d.awayToday) && <strong class="stale"> — {t("staffing.picture.nearCap")}</strong>}</th>
                <td class="number">{count(d.awayToday)}</td>
                <td class="number">{t("staffing.picture.capOf", { cap: d.cap, members: d.poolMembers })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {places.length > 0 && <PlacesToday places={places} />}
    </section>
  );
}

function PlacesToday({ places }: { places: Array<PlaceStaff & { today: PlaceStaff["deployments"] }> }) {
  return (
    <table class="crises" data-places>
      <caption>{t("staffing.picture.places")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("field.place")}</th>
          <th scope="col">{t("staffing.picture.deployedToday")}</th>
          <th scope="col">{t("staffing.picture.languagesToday")}</th>
        </tr>
      </thead>
      <tbody>
        {places.map((p) => (
          <tr key={`${p.place}|${p.facilityId ?? ""}`} data-place={p.facilityId ?? p.place}>
            <th scope="row">{p.place}</th>
            <td class="number">{count(p.today.length)}</td>
            <td data-languages>{languageList([...new Set(p.today.flatMap((d) => d.languages))].sort()) || "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
