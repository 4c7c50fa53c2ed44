import { useCallback, useEffect, useState } from "preact/hooks";
import { get } from "./client";

/** How often a list reads again by itself, so that a due time passing (or another user's entry) shows without a reload. */
const refreshMs = 5_000;

/** A read that refreshes itself (and on `reload()` after a change); undefined while the first read runs. */
export function useRefreshingRead<T>(path: string): { data: T | undefined; failed: boolean; readAt: number | undefined; reload: () => void } {
  const [data, setData] = useState<T>();
  const [failed, setFailed] = useState(false);
  const [readAt, setReadAt] = useState<number>();
  const reload = useCallback(() => {
    get<T>(path)
      .then((next) => {
        setData(next);
        setFailed(false);
        setReadAt(Date.now());
      })
      .catch(() => setFailed(true));
  }, [path]);
  useEffect(() => {
    reload();
    const timer = window.setInterval(reload, refreshMs);
    return () => window.clearInterval(timer);
  }, [reload]);
  return { data, failed, readAt, reload };
}
