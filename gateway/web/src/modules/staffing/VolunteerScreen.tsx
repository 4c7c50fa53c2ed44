import { useEffect, useState } from "preact/hooks";
import { api, get } from "../../api/client";
import { ApiError } from "../../api/problem";
import { ActionButton } from "../../forms/ActionButton";
import { t, type TextKey } from "../../i18n/i18n";
import { readUntil } from "./readUntil";
import type { Member, StaffRequest } from "./types";
import { languageList, periodText } from "./words";

/** The volunteer's own view: the open interpreting requests in their languages, to claim (first come, first served), and their deployments. */
export function VolunteerScreen() {
  const [me, setMe] = useState<Member | null>();
  const [open, setOpen] = useState<StaffRequest[]>();
  const readOpen = () => get<StaffRequest[]>("/api/staffing/me/open-requests");
  const load = (claimed?: string) => {
    void readUntil(readOpen, (list) => !list.some((r) => r.id === claimed)).then(setOpen).catch(() => setOpen([]));
    void readUntil(() => get<Member>("/api/staffing/me"), (m) => !claimed || m.deployments.some((d) => d.requestId === claimed))
      .then(setMe).catch((e: unknown) => setMe(e instanceof ApiError && e.problem.status === 404 ? null : undefined));
  };
  useEffect(() => load(), []);
  if (me === undefined) return <main id="content"><p>{t("app.loading")}</p></main>;
  if (me === null) return <main id="content"><h1>{t("staffing.mine.title")}</h1><p data-not-linked>{t("staffing.mine.notLinked")}</p></main>;
  const active = me.deployments.filter((d) => d.status !== "released");
  return (
    <main id="content" class="list staffing">
      <h1>{t("staffing.mine.title")}</h1>
      <p>{t("staffing.mine.hello", { name: me.name, languages: languageList(me.languages.map((l) => l.code)) || "—" })}</p>
      <section aria-labelledby="open-title">
        <h2 id="open-title">{t("staffing.mine.open")}</h2>
        {!open ? <p>{t("app.loading")}</p> : open.length === 0 ? <p role="status">{t("staffing.mine.noneOpen")}</p> : (
          <ul class="staffing__claimable" data-claimable>
            {open.map((r) => (
              <li key={r.id} data-request={r.id}>
                <strong>{r.place}</strong> — {r.unit}, {periodText(r.from, r.to)}, {languageList(r.requiredLanguages)}
                {", "}{t("staffing.fill", { assigned: r.assigned, needed: r.needed })}
                <ActionButton label="staffing.mine.claim" detail={r.place} done={() => load(r.id)}
                  submit={(_, idempotencyKey) => api("POST", "/api/staffing/me/claims", { idempotencyKey, body: { requestId: r.id } })} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="mine-title">
        <h2 id="mine-title">{t("staffing.mine.deployments")}</h2>
        {active.length === 0 ? <p>{t("staffing.mine.noDeployments")}</p> : (
          <ul data-mine>
            {active.map((d) => (
              <li key={d.requestId}>{d.place} — {d.unit}, {periodText(d.period.from, d.period.to)} ({t(`staffing.status.${d.status}` as TextKey)})</li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
