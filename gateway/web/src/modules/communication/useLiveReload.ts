import { useEffect, useMemo, useState } from "preact/hooks";
import { get } from "../../api/client";
import { LivePicture } from "../../live/livePicture";

/**
 * A resource of the communication API, read again after every change of the crisis's live picture (the dashboard
 * journals every communication event, so a delivery's outcome arrives as a push) and whenever `reload()` is called.
 */
export function useLiveResource<T>(path: string, crisisId: string | undefined): { value: T | undefined; failed: boolean; reload: () => void } {
  const [value, setValue] = useState<T>();
  const [failed, setFailed] = useState(false);
  const [round, setRound] = useState(0);
  const live = useMemo(() => (crisisId ? new LivePicture(crisisId) : undefined), [crisisId]);
  useEffect(() => () => live?.stop(), [live]);
  const version = live?.picture.value?.version ?? live?.picture.value?.journalLength;
  useEffect(() => {
    let current = true;
    get<T>(path).then((v) => current && (setValue(v), setFailed(false))).catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [path, round, version]);
  return { value, failed, reload: () => setRound((r) => r + 1) };
}
