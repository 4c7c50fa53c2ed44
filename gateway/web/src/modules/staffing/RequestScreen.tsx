import { useEffect, useState } from "preact/hooks";
import { api, get } from "../../api/client";
import { canChange } from "../../api/session";
import { Dialog } from "../../components/Dialog";
import { ActionButton } from "../../forms/ActionButton";
import { t, type TextKey } from "../../i18n/i18n";
import { followLink } from "../../router";
import { HoursForm } from "./HoursForm";
import { staffingPaths } from "./paths";
import type { Member, StaffRequest, Suggestion } from "./types";
import { kindText, languageList, periodText, skillText } from "./words";

/** One request: how far it is filled, who is on it (confirm, release, hours) and the ranked suggestions to assign. */
export function RequestScreen({ requestId }: { requestId: string }) {
  const [request, setRequest] = useState<StaffRequest>();
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [names, setNames] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState(false);
  const [recording, setRecording] = useState<string>();
  const load = () => {
    void get<StaffRequest>(`/api/staffing/requests/${requestId}`).then(setRequest).catch(() => setMissing(true));
    if (canChange.value) {
      void get<Suggestion[]>(`/api/staffing/requests/${requestId}/suggestions`).then(setSuggestions).catch(() => setSuggestions([]));
      void get<Member[]>("/api/staffing/members").then((all) => setNames(Object.fromEntries(all.map((m) => [m.id, m.name])))).catch(() => undefined);
    }
  };
  useEffect(load, [requestId]);
  if (missing) return <main id="content"><p>{t("problem.not-found")}</p></main>;
  if (!request) return <main id="content"><p>{t("app.loading")}</p></main>;
  const base = `/api/staffing/requests/${request.id}/assignments`;
  return (
    <main id="content" class="list staffing">
      <div class="list__head">
        <h1>{t("staffing.request.title", { place: request.place })}</h1>
        <a class="button" href={staffingPaths.requests()} onClick={followLink}>{t("staffing.request.back")}</a>
      </div>
      <dl class="staffing__facts">
        <dt>{t("field.unit")}</dt><dd>{request.unit}{request.interpreting ? ` (${t("staffing.interpreting")})` : ""}</dd>
        <dt>{t("staffing.requests.period")}</dt><dd>{periodText(request.from, request.to)}</dd>
        <dt>{t("field.requiredLanguages")}</dt><dd>{languageList(request.requiredLanguages) || "—"}</dd>
        <dt>{t("field.requiredSkills")}</dt><dd>{request.requiredSkills.map(skillText).join(", ") || "—"}</dd>
        <dt>{t("staffing.requests.filled")}</dt><dd><span data-fill role="status">{t("staffing.fill", { assigned: request.assigned, needed: request.needed })}</span></dd>
      </dl>
      <section aria-labelledby="assigned-title">
        <h2 id="assigned-title">{t("staffing.request.assigned")}</h2>
        {request.assignments.length === 0 ? <p>{t("staffing.request.nobody")}</p> : (
          <table class="crises" data-assignments>
            <thead>
              <tr>
                <th scope="col">{t("field.name")}</th>
                <th scope="col">{t("field.homeDepartment")}</th>
                <th scope="col">{t("staffing.request.status")}</th>
                <th scope="col">{t("field.hours")}</th>
                <th scope="col">{t("staffing.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {request.assignments.map((a) => {
                const who = names[a.memberId] ?? t("staffing.member");
                return (
                  <tr key={a.memberId} data-assignment={a.memberId}>
                    <th scope="row">{who}</th>
                    <td>{a.homeDepartment ?? "—"}</td>
                    <td data-status>{t(`staffing.status.${a.status}` as TextKey)}{a.selfClaimed ? ` (${t("staffing.request.claimed")})` : ""}</td>
                    <td class="number">{a.hours}</td>
                    <td>
                      {canChange.value && a.status === "assigned" && (
                        <ActionButton label="staffing.request.confirm" detail={who} done={load} submit={(_, idempotencyKey) => api("POST", `${base}/${a.memberId}/confirm`, { idempotencyKey })} />
                      )}
                      {canChange.value && a.status !== "released" && (
                        <>
                          <ActionButton label="staffing.request.release" detail={who} done={load} submit={(_, idempotencyKey) => api("POST", `${base}/${a.memberId}/release`, { idempotencyKey })} />
                          <button type="button" class="button button--small" onClick={() => setRecording(a.memberId)} aria-label={`${t("staffing.request.recordHours")}: ${who}`}>
                            {t("staffing.request.recordHours")}
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      {canChange.value && request.open > 0 && (
        <section aria-labelledby="suggestions-title">
          <h2 id="suggestions-title">{t("staffing.request.suggestions")}</h2>
          {suggestions.length === 0 ? <p>{t("staffing.request.noSuggestions")}</p> : (
            <ol class="staffing__suggestions" data-suggestions>
              {suggestions.map((s) => (
                <li key={s.fit.memberId} data-suggestion={s.fit.memberId}>
                  <strong>{s.name}</strong> — {kindText(s.fit.kind)}{s.fit.homeDepartment ? `, ${s.fit.homeDepartment}` : ""}
                  {". "}{t("staffing.request.fit", {
                    languages: languageList(s.fit.languages) || "—",
                    skills: s.fit.skills.map(skillText).join(", ") || "—",
                    experience: s.fit.experience,
                  })}
                  {s.fit.available ? "" : ` ${t("staffing.request.notAvailable")}`}
                  <ActionButton label="staffing.request.assign" detail={s.name} done={load}
                    submit={(_, idempotencyKey) => api("POST", base, { idempotencyKey, body: { memberId: s.fit.memberId } })} />
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
      {recording && (
        <Dialog label={t("staffing.form.hours")} onClose={() => setRecording(undefined)}>
          <HoursForm requestId={request.id} memberId={recording} from={request.from} done={() => { setRecording(undefined); load(); }} onCancel={() => setRecording(undefined)} />
        </Dialog>
      )}
    </main>
  );
}
