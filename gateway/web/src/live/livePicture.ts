import type { HubConnection } from "@microsoft/signalr";
import type { AccommodationChange, Picture } from "../api/types";
import { connectHub } from "./hub";
import { PictureFold } from "./pictureFold";

export { standOf } from "./pictureFold";

/** The live picture of one crisis over /hubs/situation: `JoinCrisis` is the snapshot (after every reconnect too), then the pushes. */
export class LivePicture {
  private readonly fold = new PictureFold(() => this.resnapshot());
  readonly picture = this.fold.picture;
  private readonly disconnect: () => void;
  private hub: HubConnection | undefined;
  private resnapshotting = false;

  constructor(readonly crisisId: string) {
    this.disconnect = connectHub(
      (hub) => {
        this.hub = hub;
        const own = (picture: Picture) => {
          if (picture.crisisId === crisisId) this.fold.push({ kind: "picture", picture });
        };
        hub.on("pictureChanged", own);
        hub.on("crisisOpened", own);
        hub.on("accommodationChanged", (change: AccommodationChange) => this.fold.push({ kind: "board", change }));
      },
      (hub) => this.snapshot(hub),
    );
  }

  stop(): void {
    this.disconnect();
  }

  private async snapshot(hub: HubConnection): Promise<void> {
    this.fold.snapshot(await hub.invoke<Picture | null>("JoinCrisis", this.crisisId));
  }

  private resnapshot(): void {
    if (this.resnapshotting || !this.hub) return;
    this.resnapshotting = true;
    void this.snapshot(this.hub).finally(() => (this.resnapshotting = false));
  }
}
