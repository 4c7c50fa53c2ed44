import type { HubConnection } from "@microsoft/signalr";
import { signal } from "@preact/signals";
import type { AccommodationChange, Board, FeedLine, Picture } from "../api/types";
import { connectHub } from "./hub";
import { perFrame } from "./frame";
import { judge } from "./versions";

const feedLength = 50;

/** The live picture of one crisis: the snapshot on join, then each push applied by the version rule, one render per frame. */
export class LivePicture {
  readonly picture = signal<Picture | null | undefined>(undefined);
  /** Feed lines of district-wide accommodation changes that arrived live (the crisis feed may not carry them). */
  private liveFeed: FeedLine[] = [];
  private pending: Array<{ kind: "picture"; picture: Picture } | { kind: "board"; change: AccommodationChange }> = [];
  private readonly schedule = perFrame(() => this.flush());
  private readonly disconnect: () => void;
  private hub: HubConnection | undefined;
  private resnapshotting = false;

  constructor(readonly crisisId: string) {
    this.disconnect = connectHub(
      (hub) => {
        this.hub = hub;
        const own = (picture: Picture) => {
          if (picture.crisisId === crisisId) this.queue({ kind: "picture", picture });
        };
        hub.on("pictureChanged", own);
        hub.on("crisisOpened", own);
        hub.on("accommodationChanged", (change: AccommodationChange) => this.queue({ kind: "board", change }));
      },
      (hub) => this.snapshot(hub),
    );
  }

  stop(): void {
    this.disconnect();
  }

  private queue(item: LivePicture["pending"][number]): void {
    this.pending.push(item);
    this.schedule();
  }

  private async snapshot(hub: HubConnection): Promise<void> {
    const snapshot = await hub.invoke<Picture | null>("JoinCrisis", this.crisisId);
    this.pending = [];
    this.picture.value = snapshot ? this.withFeed(snapshot) : null;
  }

  private flush(): void {
    let current = this.picture.value;
    const items = this.pending;
    this.pending = [];
    if (!current) {
      // Not seen yet: the first picture push is the snapshot.
      const first = items.find((i) => i.kind === "picture");
      if (first?.kind === "picture") this.picture.value = this.withFeed(first.picture);
      return;
    }
    for (const item of items) {
      if (item.kind === "picture") {
        const verdict = judge(current.version, item.picture.version);
        if (verdict === "resnapshot") return this.resnapshot();
        if (verdict === "apply") current = { ...this.keepNewerBoard(item.picture, current), feed: item.picture.feed };
      } else {
        const verdict = judge(current.accommodation.version, item.change.board.version);
        if (verdict === "resnapshot") return this.resnapshot();
        if (verdict === "apply") {
          if (item.change.entry) this.liveFeed = [item.change.entry, ...this.liveFeed].slice(0, feedLength);
          current = { ...current, accommodation: item.change.board };
        }
      }
    }
    this.picture.value = this.withFeed(current);
  }

  /** A picture push carries the board as it was when the picture changed; a board pushed since is newer. */
  private keepNewerBoard(next: Picture, current: Picture): Picture {
    const have = current.accommodation.version;
    const pushed = next.accommodation.version;
    return have !== undefined && pushed !== undefined && pushed < have ? { ...next, accommodation: current.accommodation } : next;
  }

  private resnapshot(): void {
    if (this.resnapshotting || !this.hub) return;
    this.resnapshotting = true;
    void this.snapshot(this.hub).finally(() => (this.resnapshotting = false));
  }

  /** The crisis's feed and the live accommodation lines together, newest first, each line once, at most 50. */
  private withFeed(picture: Picture): Picture {
    const seen = new Set<string>();
    const merged = [...(picture.feed ?? []), ...this.liveFeed]
      .filter((line) => !seen.has(line.id) && seen.add(line.id))
      .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt))
      .slice(0, feedLength);
    return { ...picture, feed: merged };
  }
}

/** The time of the latest change the picture shows: its own or its board's. */
export function standOf(picture: Picture): string | undefined {
  const times = [picture.lastUpdate, picture.accommodation.lastChange].filter((t): t is string => !!t);
  return times.sort().at(-1);
}

export type { Board };
