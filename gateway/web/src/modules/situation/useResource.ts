import { useEffect, useState } from "preact/hooks";
import { get } from "../../api/client";

/** A GET that is read again whenever `version` changes (after a form is done); undefined while loading, null when it failed. */
export function useResource<T>(path: string, version: number, enabled = true): T | null | undefined {
  const [value, setValue] = useState<T | null>();
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    get<T>(path).then((v) => current && setValue(v)).catch(() => current && setValue(null));
    return () => {
      current = false;
    };
  }, [path, version, enabled]);
  return value;
}
