import { useState } from "preact/hooks";
import { Dialog } from "../../components/Dialog";
import { dateTime } from "../../i18n/format";
import { t, type TextKey } from "../../i18n/i18n";
import { followLink } from "../../router";
import { Actions } from "./MessageDetail";
import { ReasonForm } from "./MessageForm";
import { communicationApi, communicationPaths } from "./paths";
import { germanTitle } from "./languageName";
import { SideBySide } from "./SideBySide";
import type { MessageSummary, MessageView } from "./types";
import { useLiveResource } from "./useLiveReload";

/** The approver's queue: every submitted message, oldest first, with all its languages side by side and approve / reject. */
export function ApprovalQueue() {
  const { value: queue, reload } = useLiveResource<MessageSummary[]>(communicationApi.approvals, undefined);
  return (
    <main id="content" class="communication">
      <h1>{t("communication.approvals")}</h1>
      <p><button type="button" class="button button--small" onClick={reload}>{t("communication.reload")}</button></p>
      {queue === undefined ? <p>{t("app.loading")}</p>
        : queue.length === 0 ? <p data-queue-empty>{t("communication.queueEmpty")}</p>
        : queue.map((m) => <QueueItem key={`${m.id}/${m.version}`} id={m.id} done={reload} />)}
    </main>
  );
}

/** One submitted message, read once (one hub connection per queue item would be wasteful; the queue reloads after each step). */
function QueueItem({ id, done }: { id: string; done: () => void }) {
  const { value: message, reload } = useLiveResource<MessageView>(communicationApi.message(id), undefined);
  const [rejecting, setRejecting] = useState(false);
  if (!message) return null;
  const current = message.versions.at(-1)!;
  const after = () => {
    setRejecting(false);
    reload();
    done();
  };
  return (
    <article class="queue-item" data-queue-message={id} aria-labelledby={`queue-${id}`}>
      <h2 id={`queue-${id}`}>
        <a href={communicationPaths.message(id)} onClick={followLink}>{germanTitle(current.texts)}</a>
      </h2>
      <p class="picture__meta">
        <span>{t(`communication.audience.${message.audience}` as TextKey)}</span>
        <span>{message.channels.map((c) => t(`communication.channel.${c}` as TextKey)).join(", ")}</span>
        <span>{t("communication.version", { version: current.number })}</span>
        {current.correctionNote && <span>{t("communication.correctionNote", { note: current.correctionNote })}</span>}
        <span>{t("communication.author", { author: current.author, time: dateTime(current.draftedAt) })}</span>
      </p>
      <SideBySide texts={current.texts} />
      <Actions message={message} current={current} onOpen={() => setRejecting(true)} done={after} />
      {rejecting && (
        <Dialog label={t("communication.form.reject")} onClose={() => setRejecting(false)}>
          <ReasonForm messageId={id} step="reject" done={after} onCancel={() => setRejecting(false)} />
        </Dialog>
      )}
    </article>
  );
}
