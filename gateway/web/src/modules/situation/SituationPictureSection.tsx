import { useEffect, useState } from "preact/hooks";
import { dateTime, count } from "../../i18n/format";
import { language, t } from "../../i18n/i18n";
import type { PictureSectionProps } from "../module";
import { followLink } from "../../router";
import { situationPaths } from "./paths";
import { PictureAnnouncements } from "./PictureAnnouncements";
import type { AllocationDay, SituationSection } from "./types";
import { berlinDay, dayText, word } from "./words";

const empty: SituationSection = {
  announced: 0, arrived: 0, placed: 0, announcements: [], days: [], sectors: [], openDecisions: [],
  incidents: { total: 0, open: 0, byCategory: {}, bySeverity: {}, byFacility: {} },
};

/** The situation in the live picture: allocations, the 7-day calendar, sectors, incidents (counts only), meetings, the Lagemeldung. */
export function SituationPictureSection({ crisisId, picture }: PictureSectionProps) {
  const s = picture.situation ?? empty;
  const now = useMinute();
  return (
    <section aria-labelledby="situation-title" class="situation" data-situation>
      <h2 id="situation-title">{t("situation.title")}</h2>
      <p class="picture__actions no-print">
        <a class="button" href={situationPaths.screen(crisisId)} onClick={followLink}>{t("situation.open")}</a>
        <a class="button" href={situationPaths.reports(crisisId)} onClick={followLink}>{t("situation.reportsLink")}</a>
      </p>
      <dl class="totals__list">
        {(["announced", "arrived", "placed"] as const).map((key) => (
          <div key={key} class="totals__item">
            <dt>{t(`situation.${key}`)}</dt>
            <dd data-situation-total={key}>{count(s[key])}</dd>
          </div>
        ))}
      </dl>
      <div class="picture__grid">
        <Calendar days={s.days} />
        <PictureAnnouncements announcements={s.announcements ?? []} />
        <section aria-labelledby="situation-sectors">
          <h3 id="situation-sectors">{t("situation.sectors")}</h3>
          {s.sectors.length === 0 ? <p>{t("situation.noReports")}</p> : (
            <table>
              <thead><tr><th scope="col">{t("situation.sector")}</th><th scope="col">{t("situation.status")}</th><th scope="col">{t("situation.asOf")}</th></tr></thead>
              <tbody>
                {s.sectors.map((r) => {
                  const overdue = r.overdueAt !== undefined && now > new Date(r.overdueAt).getTime();
                  return (
                    <tr key={r.sector} data-sector={r.sector}>
                      <th scope="row">{word("sector", r.sector)}</th>
                      <td data-light={r.status}>{word("light", r.status)}</td>
                      <td>{dateTime(r.asOf)}{overdue && <strong class="stale" data-overdue> — {t("situation.overdue")}</strong>}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </section>
        <section aria-labelledby="situation-incidents" data-incidents>
          <h3 id="situation-incidents">{t("situation.incidents")}</h3>
          <p data-incidents-open>{t("situation.incidentsOpen", { open: s.incidents.open, total: s.incidents.total })}</p>
          <table>
            <thead><tr><th scope="col">{t("situation.category")}</th><th scope="col" class="number">{t("situation.count")}</th></tr></thead>
            <tbody>
              {Object.entries(s.incidents.byCategory).filter(([, n]) => n > 0).map(([category, n]) => (
                <tr key={category}><th scope="row">{word("category", category)}</th><td class="number" data-incident-category={category}>{n}</td></tr>
              ))}
              {Object.entries(s.incidents.bySeverity).filter(([, n]) => n > 0).map(([severity, n]) => (
                <tr key={severity}><th scope="row">{t("situation.severity")}: {word("severity", severity)}</th><td class="number" data-incident-severity={severity}>{n}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="situation-meeting">
          <h3 id="situation-meeting">{t("situation.nextMeeting")}</h3>
          <p data-next-meeting>{s.nextMeeting ? dateTime(s.nextMeeting.startsAt) : t("situation.noMeeting")}</p>
          <h3>{t("situation.openDecisions")}</h3>
          {s.openDecisions.length === 0 ? <p>{t("situation.noDecisions")}</p> : (
            <ul class="panel__list" data-open-decisions>
              {s.openDecisions.map((d) => (
                <li key={d.decisionId}>
                  {d.text}: {t("situation.decisionTask", { title: d.taskTitle, unit: d.responsibleUnitName, due: dateTime(d.dueAt) })}
                </li>
              ))}
            </ul>
          )}
          <h3>{t("situation.latestReport")}</h3>
          <p data-latest-report>
            {s.latestReport
              ? t(`situation.stage.${s.latestReport.stage}`, { number: s.latestReport.number ?? "", recipient: s.latestReport.recipient ?? "" })
              : t("situation.noConsolidated")}
          </p>
        </section>
      </div>
    </section>
  );
}

/** Today and the six days after it (Europe/Berlin), with what was announced and what arrived. */
function Calendar({ days }: { days: AllocationDay[] }) {
  const week = Array.from({ length: 7 }, (_, i) => berlinDay(i));
  return (
    <section aria-labelledby="situation-calendar">
      <h3 id="situation-calendar">{t("situation.calendar")}</h3>
      <table data-calendar>
        <thead>
          <tr><th scope="col">{t("situation.date")}</th><th scope="col" class="number">{t("situation.announced")}</th><th scope="col" class="number">{t("situation.arrived")}</th></tr>
        </thead>
        <tbody>
          {week.map((date) => {
            const day = days.find((d) => d.date === date);
            return (
              <tr key={date} data-day={date}>
                <th scope="row">{dayText(date, language.value)}</th>
                <td class="number">{count(day?.announced ?? 0)}</td>
                <td class="number">{count(day?.arrived ?? 0)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function useMinute(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}
