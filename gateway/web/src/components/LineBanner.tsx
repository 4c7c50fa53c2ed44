import { lineState } from "../live/hub";
import { hhmm } from "../i18n/format";
import { t } from "../i18n/i18n";

/** The banner that cannot be missed when the line drops, and the polite note when it is back. */
export function LineBanner({ stand }: { stand: string | undefined }) {
  const state = lineState.value;
  return (
    <div class="line" aria-live="polite" role="status">
      {state === "lost" && <p class="line__lost" data-line="lost">{t("live.lost", { time: stand ? hhmm(stand) : "—" })}</p>}
      {state === "restored" && <p class="line__restored" data-line="restored">{t("live.restored")}</p>}
      {state === "connecting" && <p class="line__connecting">{t("live.connecting")}</p>}
    </div>
  );
}
