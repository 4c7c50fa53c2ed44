import { signal } from "@preact/signals";
import type { AccommodationChange, FeedLine, Picture } from "../api/types";
import { perFrame } from "./frame";
import { judge } from "./versions";

const feedLength = 50;

export type Push = { kind: "picture"; picture: Picture } | { kind: "board"; change: AccommodationChange };

/**
 * The picture a page shows, folded from a snapshot and the pushes after it: each push judged by its version
 * (older → ignored, next → applied, jump → applied and `resnapshot` called for the missed feed lines), all pushes of
 * a frame applied in one go.
 */
export class PictureFold {
  readonly picture = signal<Picture | null | undefined>(undefined);
  /** Feed lines of accommodation changes that arrived live, kept across snapshots until the picture's feed has them. */
  private liveFeed: FeedLine[] = [];
  private pending: Push[] = [];
  private readonly schedule = perFrame(() => this.flush());

  constructor(private readonly resnapshot: () => void) {}

  push(item: Push): void {
    this.pending.push(item);
    this.schedule();
  }

  snapshot(picture: Picture | null): void {
    this.picture.value = picture ? this.withFeed(picture) : null;
    // Pushes that arrived while the snapshot was read go through the version rule against it: older ones fall away.
    if (this.pending.length > 0) this.schedule();
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
    let gap = false;
    for (const item of items) {
      const verdict = item.kind === "picture"
        ? judge(current.version, item.picture.version)
        : judge(current.accommodation.version, item.change.board.version);
      if (verdict === "ignore") continue;
      // After a jump the pushed state is still whole and current; only feed lines are missing: show it, re-read.
      gap ||= verdict === "resnapshot";
      if (item.kind === "picture") {
        current = { ...item.picture, accommodation: newerBoard(item.picture, current) };
      } else {
        if (item.change.entry) this.liveFeed = [item.change.entry, ...this.liveFeed].slice(0, feedLength);
        current = { ...current, accommodation: item.change.board };
      }
    }
    this.picture.value = this.withFeed(current);
    if (gap) this.resnapshot();
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

/** A picture push carries the board as it was when the picture changed; a board pushed since is newer. */
function newerBoard(next: Picture, current: Picture): Picture["accommodation"] {
  const have = current.accommodation.version;
  const pushed = next.accommodation.version;
  return have !== undefined && pushed !== undefined && pushed < have ? current.accommodation : next.accommodation;
}

/** The time of the latest change the picture shows: its own or its board's. */
export function standOf(picture: Picture): string | undefined {
  const times = [picture.lastUpdate, picture.accommodation.lastChange].filter((t): t is string => !!t);
  return times.sort().at(-1);
}
