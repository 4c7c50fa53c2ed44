import { useEffect, useState } from "preact/hooks";
import { get } from "../api/client";
import { canLead } from "../api/session";
import type { CrisisSummary, Picture } from "../api/types";
import { dateTime } from "../i18n/format";
import { t } from "../i18n/i18n";
import { Dialog } from "../components/Dialog";
import { OpenCrisisForm } from "../forms/OpenCrisisForm";
import { followLink, navigate, paths } from "../router";

/** Every crisis, open ones first, with level, region and last change; head and admin may open a new one. */
export function CrisisList() {
  const [crises, setCrises] = useState<CrisisSummary[]>();
  const [lastChange, setLastChange] = useState<Record<string, string>>({});
  const [opening, setOpening] = useState(false);
  useEffect(() => {
    void get<CrisisSummary[]>("/api/situation/crises").then(setCrises);
    void get<Picture[]>("/api/dashboard/crises")
      .then((pictures) => setLastChange(Object.fromEntries(pictures.filter((p) => p.lastUpdate).map((p) => [p.crisisId, p.lastUpdate!]))))
      .catch(() => undefined);
  }, []);
  const sorted = [...(crises ?? [])].sort((a, b) => (a.status === b.status ? b.openedAt.localeCompare(a.openedAt) : a.status === "open" ? -1 : 1));
  return (
    <main id="content" class="list">
      <div class="list__head">
        <h1>{t("list.title")}</h1>
        {canLead.value && <button type="button" class="button button--primary" onClick={() => setOpening(true)}>{t("list.open")}</button>}
      </div>
      {!crises ? (
        <p>{t("app.loading")}</p>
      ) : sorted.length === 0 ? (
        <p>{t("list.empty")}</p>
      ) : (
        <table class="crises">
          <thead>
            <tr>
              <th scope="col">{t("list.name")}</th>
              <th scope="col">{t("list.status")}</th>
              <th scope="col">{t("list.level")}</th>
              <th scope="col">{t("list.region")}</th>
              <th scope="col">{t("list.lastChange")}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((c) => (
              <tr key={c.id} class={`crisis crisis--${c.status}`}>
                <th scope="row">
                  <a href={paths.crisis(c.id)} onClick={followLink}>{c.name}</a>
                </th>
                <td>{t(`status.${c.status}`)}</td>
                <td class="number">{c.level}</td>
                <td>{c.region}</td>
                <td>{dateTime(lastChange[c.id] ?? c.closedAt ?? c.openedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {opening && (
        <Dialog label={t("form.openCrisis")} onClose={() => setOpening(false)}>
          <OpenCrisisForm done={(id) => navigate(paths.crisis(id))} onCancel={() => setOpening(false)} />
        </Dialog>
      )}
    </main>
  );
}
