import type { HubConnection } from "@microsoft/signalr";
import { signal } from "@preact/signals";
import { connectHub } from "../../../live/hub";
import type { ReplayFrame } from "./types";

/**
 * One replay over /hubs/situation: `JoinReplay` gives its current frame (after every reconnect too), then its
 * `replayFrame` pushes. Each frame is whole; an older frame number than the one shown is ignored. The live picture's
 * pushes never reach this connection: it follows no crisis.
 */
export class LiveReplay {
  readonly frame = signal<ReplayFrame | null | undefined>(undefined);
  private readonly disconnect: () => void;

  constructor(readonly replayId: string) {
    this.disconnect = connectHub(
      (hub) => hub.on("replayFrame", (frame: ReplayFrame) => this.show(frame)),
      async (hub: HubConnection) => {
        const frame = await hub.invoke<ReplayFrame | null>("JoinReplay", replayId);
        if (frame) this.show(frame);
        else this.frame.value = null;
      },
    );
  }

  /** A command's answer is a frame too: shown at once, without waiting for its push. */
  show(frame: ReplayFrame): void {
    if (frame.replay.replayId !== this.replayId) return;
    const current = this.frame.value;
    if (current && current.replay.frame > frame.replay.frame) return;
    this.frame.value = frame;
  }

  stop(): void {
    this.disconnect();
  }
}
