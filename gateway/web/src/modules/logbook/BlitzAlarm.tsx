import { hhmm } from "../../i18n/format";
import { t, type TextKey } from "../../i18n/i18n";
import { followLink } from "../../router";
import { logbookPaths } from "./paths";

/** An alarm (role="alert") while a Blitz message is not acknowledged; in the picture (with `crisisId`) fixed in view, on the wall screen too. */
export function BlitzAlarm({ messages, crisisId }: { messages: Array<{ number: number; direction: string; channel: string; at?: string | null; function?: string | null }>; crisisId?: string }) {
  return (
    <div class={crisisId ? "logbook-alarm logbook-alarm--fixed" : "logbook-alarm"} role="alert" data-blitz-alarm>
      <p class="logbook-alarm__head">{t(messages.length === 1 ? "logbook.blitz" : "logbook.blitzMany", { count: messages.length })}</p>
      <ul>
        {messages.map((m) => (
          <li key={m.number} data-blitz={m.number}>
            {t("logbook.blitzLine", { number: m.number, direction: t(`logbook.direction.${m.direction}` as TextKey), channel: t(`logbook.channel.${m.channel}` as TextKey) })}
            {m.at && <>, {hhmm(m.at)}</>}
            {m.function && <> → {m.function}</>}
          </li>
        ))}
      </ul>
      {crisisId && <a class="button no-print" href={logbookPaths.messages(crisisId)} onClick={followLink}>{t("logbook.messages")}</a>}
    </div>
  );
}
