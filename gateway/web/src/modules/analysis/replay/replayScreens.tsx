import type { VNode } from "preact";
import { matchReplay } from "./paths";
import { ReplayScreen } from "./ReplayScreen";
import { ReplayStartScreen } from "./ReplayStartScreen";

/** The replay's screen for a path below `/analyse/krisen/{id}/wiedergabe`, or null. */
export function replayScreen(path: string): VNode | null {
  const match = matchReplay(path);
  if (!match) return null;
  return match.replayId ? <ReplayScreen crisisId={match.crisisId} replayId={match.replayId} /> : <ReplayStartScreen crisisId={match.crisisId} />;
}
