import { useState } from "preact/hooks";
import { ApiError, problemFrom } from "../api/problem";
import { session } from "../api/session";
import { explain } from "../forms/form";
import { t, type TextKey } from "../i18n/i18n";

/** A button that fetches a file with the user's token and hands it to the browser as a download (a link could not send the token). */
export function Download({ path, fileName, label }: { path: string; fileName: string; label: TextKey }) {
  const [error, setError] = useState<string>();
  const download = async () => {
    setError(undefined);
    try {
      const token = session.value?.accessToken;
      const response = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
      if (!response.ok) throw new ApiError(await problemFrom(response));
      const url = URL.createObjectURL(await response.blob());
      const anchor = document.createElement("a");
      anchor.href = url;
      anchor.download = fileName;
      anchor.click();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (failure) {
      setError(explain(failure, {}).message);
    }
  };
  return (
    <span>
      <button type="button" class="button button--small" data-download={fileName} onClick={() => void download()}>{t(label)}</button>
      {error && <span role="alert" class="field__error">{error}</span>}
    </span>
  );
}
