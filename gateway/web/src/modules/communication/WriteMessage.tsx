import { t } from "../../i18n/i18n";
import { followLink, navigate } from "../../router";
import { DraftMessageForm } from "./MessageForm";
import { communicationPaths } from "./paths";

/** The screen to write a new message (optionally for the crisis in `?krise=`); after saving, the message's page. */
export function WriteMessage({ crisisId }: { crisisId: string | undefined }) {
  return (
    <main id="content" class="communication">
      <p><a href={communicationPaths.list()} onClick={followLink}>{t("communication.title")}</a></p>
      <DraftMessageForm crisisId={crisisId} done={(id) => navigate(communicationPaths.message(id))} />
    </main>
  );
}
