import { useEffect, useMemo } from "preact/hooks";
import { LivePicture } from "../../live/livePicture";

/**
 * The crisis picture's version, live from the hub: a screen that reads the situation service's lists adds it to its
 * own counter, so it reads them again whenever the situation changed — by this user or by a colleague.
 */
export function useLiveVersion(crisisId: string): number {
  const live = useMemo(() => new LivePicture(crisisId), [crisisId]);
  useEffect(() => () => live.stop(), [live]);
  return live.picture.value?.version ?? 0;
}
