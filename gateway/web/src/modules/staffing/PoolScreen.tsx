import { useEffect, useState } from "preact/hooks";
import { api, get } from "../../api/client";
import { canChange } from "../../api/session";
import { Dialog } from "../../components/Dialog";
import { ActionButton } from "../../forms/ActionButton";
import { t } from "../../i18n/i18n";
import { AvailabilityForm } from "./AvailabilityForm";
import { RegisterMemberForm } from "./RegisterMemberForm";
import { readUntil } from "./readUntil";
import { canErase } from "./roles";
import { StaffingNav } from "./StaffingNav";
import type { Member } from "./types";
import { kindText, languageList, periodText, skillText } from "./words";

/** The pool: who can be redeployed, with skills, languages and availability; register, change availability, erase. */
export function PoolScreen() {
  const [members, setMembers] = useState<Member[]>();
  const [registering, setRegistering] = useState(false);
  const [editing, setEditing] = useState<Member>();
  const [error, setError] = useState<string>();
  const read = () => get<Member[]>("/api/staffing/members");
  const show = (reading: Promise<Member[]>) => void reading.then(setMembers).catch(() => setError(t("staffing.loadFailed")));
  const load = () => show(read());
  useEffect(load, []);
  const changed = (before: Member) => show(readUntil(read, (all) => JSON.stringify(all.find((m) => m.id === before.id)?.availability) !== JSON.stringify(before.availability)));
  return (
    <main id="content" class="list staffing">
      <div class="list__head">
        <h1>{t("staffing.pool.title")}</h1>
        {canChange.value && <button type="button" class="button button--primary" onClick={() => setRegistering(true)}>{t("staffing.pool.register")}</button>}
      </div>
      <StaffingNav />
      <p role="status">{error ?? (!members ? t("app.loading") : members.length === 0 ? t("staffing.pool.empty") : t("staffing.pool.count", { count: members.length }))}</p>
      {members && members.length > 0 && (
        <table class="crises" data-members>
          <caption class="sr-only">{t("staffing.pool.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("field.name")}</th>
              <th scope="col">{t("staffing.field.kind")}</th>
              <th scope="col">{t("field.homeDepartment")}</th>
              <th scope="col">{t("staffing.languages")}</th>
              <th scope="col">{t("field.skills")}</th>
              <th scope="col">{t("staffing.pool.availability")}</th>
              <th scope="col">{t("staffing.pool.deployments")}</th>
              <th scope="col">{t("staffing.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id} data-member={m.id}>
                <th scope="row">{m.name}</th>
                <td>{kindText(m.kind)}</td>
                <td>{m.homeDepartment ?? "—"}</td>
                <td>{languageList(m.languages.map((l) => l.code)) || "—"}</td>
                <td>{m.skills.map(skillText).join(", ") || "—"}</td>
                <td>{m.availability.map((w) => `${periodText(w.from, w.to)} (${t("staffing.hoursPerWeek", { hours: w.hoursPerWeek })})`).join("; ") || "—"}</td>
                <td class="number">{m.deployments.length}</td>
                <td>
                  {canChange.value && (
                    <button type="button" class="button button--small" onClick={() => setEditing(m)} aria-label={`${t("staffing.pool.editAvailability")}: ${m.name}`}>
                      {t("staffing.pool.editAvailability")}
                    </button>
                  )}
                  {canErase.value && (
                    <ActionButton label="staffing.pool.erase" detail={m.name} done={load}
                      submit={() => api("DELETE", `/api/staffing/personal-data/${encodeURIComponent(m.subject)}`)} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {registering && (
        <Dialog label={t("staffing.form.register")} onClose={() => setRegistering(false)}>
          <RegisterMemberForm done={(id) => { setRegistering(false); show(readUntil(read, (all) => all.some((m) => m.id === id))); }} onCancel={() => setRegistering(false)} />
        </Dialog>
      )}
      {editing && (
        <Dialog label={t("staffing.form.availability")} onClose={() => setEditing(undefined)}>
          <AvailabilityForm member={editing} done={() => { setEditing(undefined); changed(editing); }} onCancel={() => setEditing(undefined)} />
        </Dialog>
      )}
    </main>
  );
}
