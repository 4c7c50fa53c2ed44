import { useEffect, useState } from "preact/hooks";
import { api } from "../../api/client";
import { Dialog } from "../../components/Dialog";
import { LineBanner } from "../../components/LineBanner";
import { ActionButton } from "../../forms/ActionButton";
import { dateTime } from "../../i18n/format";
import { t, type TextKey } from "../../i18n/i18n";
import { followLink } from "../../router";
import { DeliveryTable } from "./DeliveryTable";
import { FeedLinks } from "./FeedLinks";
import { germanTitle } from "./languageName";
import { CorrectMessageForm, ReasonForm, ReviseMessageForm } from "./MessageForm";
import { communicationApi, communicationPaths } from "./paths";
import { canApprove, canWrite, isMine } from "./roles";
import { SideBySide } from "./SideBySide";
import type { MessageView, VersionView } from "./types";
import { useLiveResource } from "./useLiveReload";

type Open = "revise" | "correct" | "reject" | "retract";

/** One message: its current state and the steps the signed-in role may take, every version side by side, the four-eyes record and the delivery per channel. */
export function MessageDetail({ id, crisisId }: { id: string; crisisId?: string }) {
  const [crisis, setCrisis] = useState(crisisId);
  const { value: message, failed, reload } = useLiveResource<MessageView>(communicationApi.message(id), crisis);
  const [open, setOpen] = useState<Open>();
  useEffect(() => {
    if (message) setCrisis(message.crisisId);
  }, [message?.crisisId]);
  if (!message) return <main id="content"><p>{failed ? t("problem.not-found") : t("app.loading")}</p></main>;

  const current = message.versions.at(-1)!;
  const title = germanTitle((message.versions.find((v) => v.number === message.publishedVersion) ?? current).texts);
  const close = () => setOpen(undefined);
  const after = () => {
    close();
    reload();
  };
  return (
    <main id="content" class="communication">
      <LineBanner stand={undefined} />
      <p><a href={communicationPaths.list()} onClick={followLink}>{t("communication.title")}</a></p>
      <h1 data-message-title>{title}</h1>
      <p class="picture__meta">
        <span>{t(`communication.audience.${message.audience}` as TextKey)}</span>
        <span data-message-status={current.status}>{t("communication.versionOf", { version: current.number, status: t(`communication.status.${current.status}` as TextKey) })}</span>
        {message.retractionReason && <strong class="retracted">{t("communication.retractedBecause", { reason: message.retractionReason })}</strong>}
      </p>
      <Actions message={message} current={current} onOpen={setOpen} done={reload} />
      <DeliveryTable message={message} />
      {message.publishedVersion && <FeedLinks audience={message.audience} languages={message.versions.find((v) => v.number === message.publishedVersion)!.texts.map((x) => x.language)} />}
      <section aria-labelledby="versions-title">
        <h2 id="versions-title">{t("communication.versions")}</h2>
        {[...message.versions].reverse().map((v) => <Version key={v.number} version={v} />)}
      </section>
      <section aria-labelledby="steps-title">
        <h2 id="steps-title">{t("communication.steps")}</h2>
        <ol class="steps">
          {message.steps.map((s, i) => (
            <li key={i} data-step={s.step}>
              {t("communication.stepLine", { version: s.version, step: t(`communication.step.${s.step}` as TextKey), by: s.by, time: dateTime(s.at) })}
              {s.reason ? ` — ${s.reason}` : ""}
            </li>
          ))}
        </ol>
      </section>
      {open && (
        <Dialog label={t("communication.title")} onClose={close}>
          {open === "revise" && <ReviseMessageForm message={message} version={current} done={after} onCancel={close} />}
          {open === "correct" && <CorrectMessageForm message={message} version={current} done={after} onCancel={close} />}
          {(open === "reject" || open === "retract") && <ReasonForm messageId={message.id} step={open} done={after} onCancel={close} />}
        </Dialog>
      )}
    </main>
  );
}

/** The steps the role may take now; the author of the version never sees "Freigeben" (the API refuses it too). */
export function Actions({ message, current, onOpen, done }: { message: MessageView; current: VersionView; onOpen: (open: Open) => void; done: () => void }) {
  const mine = isMine(current.author);
  const step = (name: "submit" | "approve" | "publish") => () => api("POST", communicationApi.step(message.id, name), { body: {} });
  const status = current.status;
  return (
    <div class="picture__actions no-print">
      {canWrite.value && (status === "draft" || status === "rejected") && (
        <>
          <button type="button" class="button" onClick={() => onOpen("revise")}>{t("communication.revise")}</button>
          {status === "draft" && <ActionButton label="communication.submit" submit={step("submit")} done={done} />}
        </>
      )}
      {canApprove.value && status === "submitted" && !mine && <ActionButton label="communication.approve" submit={step("approve")} done={done} />}
      {canApprove.value && (status === "submitted" || status === "approved") && !mine && (
        <button type="button" class="button" onClick={() => onOpen("reject")}>{t("communication.reject")}</button>
      )}
      {status === "submitted" && mine && <p class="notice" data-own-message>{t("communication.ownMessage")}</p>}
      {canApprove.value && status === "approved" && <ActionButton label="communication.publish" submit={step("publish")} done={done} />}
      {status === "published" && !message.retractionReason && (
        <>
          {canWrite.value && <button type="button" class="button" onClick={() => onOpen("correct")}>{t("communication.correct")}</button>}
          {canApprove.value && <button type="button" class="button" onClick={() => onOpen("retract")}>{t("communication.retract")}</button>}
        </>
      )}
    </div>
  );
}

function Version({ version }: { version: VersionView }) {
  return (
    <article class="version" data-version={version.number}>
      <h3>
        {t("communication.versionOf", { version: version.number, status: t(`communication.status.${version.status}` as TextKey) })}
        {version.isCorrection && <span class="badge"> {t("communication.correction")}</span>}
      </h3>
      <p class="picture__meta">
        <span>{t("communication.author", { author: version.author, time: dateTime(version.draftedAt) })}</span>
        {version.validUntil && <span>{t("communication.validUntil", { time: dateTime(version.validUntil) })}</span>}
        {version.correctionNote && <span>{t("communication.correctionNote", { note: version.correctionNote })}</span>}
      </p>
      <SideBySide texts={version.texts} />
    </article>
  );
}
