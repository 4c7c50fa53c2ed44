import { useEffect, useState } from "preact/hooks";
import { get } from "../../api/client";
import { canChange } from "../../api/session";
import { Dialog } from "../../components/Dialog";
import { t } from "../../i18n/i18n";
import { navigate } from "../../router";
import { staffingPaths } from "./paths";
import { RequestForm } from "./RequestForm";
import { RequestTable } from "./RequestTable";
import { StaffingNav } from "./StaffingNav";
import type { StaffRequest } from "./types";

/** Deployment requests, open ones by default, with how far each is filled; staff ask for people here. */
export function RequestsScreen() {
  const [requests, setRequests] = useState<StaffRequest[]>();
  const [openOnly, setOpenOnly] = useState(true);
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    setRequests(undefined);
    void get<StaffRequest[]>(`/api/staffing/requests${openOnly ? "?open=true" : ""}`).then(setRequests).catch(() => setRequests([]));
  }, [openOnly]);
  return (
    <main id="content" class="list staffing">
      <div class="list__head">
        <h1>{t("staffing.requests.title")}</h1>
        {canChange.value && <button type="button" class="button button--primary" onClick={() => setAsking(true)}>{t("staffing.requests.ask")}</button>}
      </div>
      <StaffingNav />
      <label class="choice">
        <input type="checkbox" checked={openOnly} onChange={(e) => setOpenOnly(e.currentTarget.checked)} />
        {t("staffing.requests.openOnly")}
      </label>
      {!requests ? <p>{t("app.loading")}</p> : requests.length === 0 ? <p>{t("staffing.requests.empty")}</p> : (
        <RequestTable data="requests" caption={t("staffing.requests.title")} hiddenCaption
          rows={requests.map((r) => ({ ...r, languages: r.requiredLanguages, href: staffingPaths.request(r.id) }))} />
      )}
      {asking && (
        <Dialog label={t("staffing.form.request")} onClose={() => setAsking(false)}>
          <RequestForm done={(id) => navigate(staffingPaths.request(id))} onCancel={() => setAsking(false)} />
        </Dialog>
      )}
    </main>
  );
}
