import { t } from "../../i18n/i18n";
import type { PictureSectionProps } from "../module";
import { followLink } from "../../router";
import { BlitzAlarm } from "./BlitzAlarm";
import { logbookPaths } from "./paths";

/** The crisis's logbook in the live picture: links to the staff log and the message log, and the Blitz alarm until acknowledged. */
export function LogbookPictureSection({ crisisId, picture }: PictureSectionProps) {
  const section = picture.logbook;
  return (
    <>
      {section && section.unacknowledgedBlitz.length > 0 && <BlitzAlarm messages={section.unacknowledgedBlitz} crisisId={crisisId} />}
      <nav aria-label={t("logbook.staffLog")} class="no-print">
        <a class="button" href={logbookPaths.staffLog(crisisId)} onClick={followLink}>{t("logbook.staffLog")}</a>{" "}
        <a class="button" href={logbookPaths.messages(crisisId)} onClick={followLink}>{t("logbook.messages")}</a>
      </nav>
    </>
  );
}
