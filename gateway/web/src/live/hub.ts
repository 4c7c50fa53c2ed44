import { HubConnection, HubConnectionBuilder, HubConnectionState, LogLevel, type IRetryPolicy } from "@microsoft/signalr";
import { signal } from "@preact/signals";
import { expire, session } from "../api/session";

export type LineState = "connecting" | "live" | "lost" | "restored";

/** Whether the live line is up; the banner reads it. */
export const lineState = signal<LineState>("connecting");

/** Backoff 0.5 s, 1 s, 2 s, … up to 10 s, with jitter, and never giving up: a situation room waits for the line. */
const forever: IRetryPolicy = {
  nextRetryDelayInMilliseconds: ({ previousRetryCount }) =>
    Math.min(10_000, 500 * 2 ** Math.min(previousRetryCount, 5)) * (0.8 + Math.random() * 0.4),
};

const restoredShownMs = 4000;

/**
 * The page's one connection to /hubs/situation. `onConnected` runs after the first connect and after every
 * reconnect (groups are per connection, so the screen joins again and re-reads its snapshot there).
 */
export function connectHub(setup: (hub: HubConnection) => void, onConnected: (hub: HubConnection) => Promise<void>): () => void {
  const hub = new HubConnectionBuilder()
    .withUrl("/hubs/situation", { accessTokenFactory: () => session.value?.accessToken ?? "" })
    .withAutomaticReconnect(forever)
    // As the dashboard's hub (Hubs/HubTimings.cs): ping every 10 s, give up on the server after 45 s of silence.
    .withKeepAliveInterval(10_000)
    .withServerTimeout(45_000)
    .configureLogging(LogLevel.None)
    .build();
  setup(hub);
  let stopped = false;
  let restoredTimer: number | undefined;

  const connected = async (after: "first" | "reconnect") => {
    await onConnected(hub);
    lineState.value = after === "reconnect" ? "restored" : "live";
    if (after === "reconnect") {
      window.clearTimeout(restoredTimer);
      restoredTimer = window.setTimeout(() => {
        if (lineState.value === "restored") lineState.value = "live";
      }, restoredShownMs);
    }
  };

  hub.onreconnecting(() => (lineState.value = "lost"));
  hub.onreconnected(() => void connected("reconnect").catch(() => void hub.stop()));
  // The automatic reconnect does not cover a failed first start or a closed connection; this loop does.
  hub.onclose(() => {
    if (!stopped) {
      lineState.value = "lost";
      void startWithRetry(1, "reconnect");
    }
  });

  const startWithRetry = async (attempt: number, after: "first" | "reconnect"): Promise<void> => {
    while (!stopped && hub.state === HubConnectionState.Disconnected) {
      try {
        await hub.start();
        await connected(after);
        return;
      } catch (error) {
        // The negotiation's refusal arrives wrapped ("… Status code '401'"), so the text is what tells.
        if ((error as { statusCode?: number }).statusCode === 401 || /\b401\b/.test(String(error))) {
          expire();
          return;
        }
        lineState.value = "lost";
        await new Promise((resolve) => window.setTimeout(resolve, forever.nextRetryDelayInMilliseconds({ previousRetryCount: attempt++, elapsedMilliseconds: 0, retryReason: new Error() }) ?? 10_000));
        after = "reconnect";
      }
    }
  };

  lineState.value = "connecting";
  void startWithRetry(0, "first");
  return () => {
    stopped = true;
    window.clearTimeout(restoredTimer);
    void hub.stop();
  };
}
