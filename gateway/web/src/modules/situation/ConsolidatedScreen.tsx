import { useState } from "preact/hooks";
import { api } from "../../api/client";
import { canChange, canLead } from "../../api/session";
import { Dialog } from "../../components/Dialog";
import { ActionButton } from "../../forms/ActionButton";
import { dateTime } from "../../i18n/format";
import { t } from "../../i18n/i18n";
import { followLink, paths } from "../../router";
import { Download } from "../../components/Download";
import { EditReportForm, SendReportForm } from "./forms/ConsolidatedForms";
import { situationApi } from "./paths";
import type { ConsolidatedReport } from "./types";
import { useLiveVersion } from "./useLiveVersion";
import { useResource } from "./useResource";

const blocks = ["overview", "outsideSituation", "ownSituation", "forecast"] as const;

/** The Lagemeldung: draft from the latest sector reports → edit → release by someone else (four eyes) → send, PDF and JSON. */
export function ConsolidatedScreen({ crisisId }: { crisisId: string }) {
  const [edits, setEdits] = useState(0);
  const version = edits + useLiveVersion(crisisId);
  const [open, setOpen] = useState<{ what: "edit" | "send"; report: ConsolidatedReport }>();
  const crisis = useResource<{ name: string }>(situationApi(crisisId), 0);
  const reports = useResource<ConsolidatedReport[]>(situationApi(crisisId, "/consolidated-reports"), version);
  const refresh = () => setEdits((v) => v + 1);
  const close = () => setOpen(undefined);
  const done = () => { close(); refresh(); };
  return (
    <main id="content">
      <header class="picture__head">
        <h1>{t("situation.reportsTitle", { name: crisis?.name ?? "" })}</h1>
        <a class="button" href={paths.crisis(crisisId)} onClick={followLink}>{t("situation.back")}</a>
      </header>
      {canChange.value && (
        <ActionButton label="situation.draft" done={refresh}
          submit={(_, key) => api("POST", situationApi(crisisId, "/consolidated-reports"), { idempotencyKey: key })} />
      )}
      <p class="field__hint">{t("situation.fourEyesHint")}</p>
      {reports?.length === 0 && <p>{t("situation.noConsolidated")}</p>}
      {[...(reports ?? [])].reverse().map((r) => (
        <article key={r.id} class="panel" data-consolidated={r.id}>
          <h2>
            {t("situation.latestReport")} {dateTime(r.draftedAt)} —{" "}
            <span data-stage>{r.number ? t("situation.stage.sent", { number: r.number, recipient: r.recipient ?? "" }) : r.releasedBy ? t("situation.stage.released") : t("situation.stage.draft")}</span>
          </h2>
          <p>{t("situation.authors", { authors: r.authors.join(", ") })}{r.releasedBy && <> · {t("situation.releasedBy", { user: r.releasedBy })}</>}</p>
          {blocks.map((b) => (
            <section key={b}>
              <h3>{t(`situation.block.${b}`)}</h3>
              <p data-block={b}>{r.blocks[b]}</p>
            </section>
          ))}
          <p class="panel__actions">
            {canChange.value && !r.releasedBy && <button type="button" class="button" onClick={() => setOpen({ what: "edit", report: r })}>{t("situation.edit")}</button>}
            {canLead.value && !r.releasedBy && (
              <ActionButton label="situation.release" done={refresh}
                submit={(_, key) => api("POST", situationApi(crisisId, `/consolidated-reports/${r.id}/release`), { idempotencyKey: key })} />
            )}
            {canChange.value && r.releasedBy && !r.number && <button type="button" class="button" onClick={() => setOpen({ what: "send", report: r })}>{t("situation.send")}</button>}
            {r.number && <Download path={situationApi(crisisId, `/consolidated-reports/${r.id}/pdf`)} fileName={`lagemeldung-${r.number}.pdf`} label="situation.pdf" />}
            <Download path={situationApi(crisisId, `/consolidated-reports/${r.id}`)} fileName={`lagemeldung-${r.number ?? "entwurf"}.json`} label="situation.json" />
          </p>
        </article>
      ))}
      {open && (
        <Dialog label={t(open.what === "edit" ? "situation.form.edit" : "situation.form.send")} onClose={close}>
          {open.what === "edit"
            ? <EditReportForm crisisId={crisisId} report={open.report} done={done} onCancel={close} />
            : <SendReportForm crisisId={crisisId} report={open.report} done={done} onCancel={close} />}
        </Dialog>
      )}
    </main>
  );
}
