import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { t } from "../i18n/i18n";

/** A modal dialog (the browser's own <dialog>: focus kept inside, Escape closes) that holds one form or panel. */
export function Dialog({ onClose, children, label }: { onClose: () => void; children: ComponentChildren; label: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} class="dialog" aria-label={label} onClose={onClose}>
      <button type="button" class="dialog__close button" onClick={onClose} aria-label={t("app.close")}>×</button>
      {children}
    </dialog>
  );
}
