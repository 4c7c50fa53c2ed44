import type { VNode } from "preact";

/** A form shown in the screen's dialog: told when it is done (the screen re-reads) or cancelled. */
export type Form = (done: () => void, cancel: () => void) => VNode;

/** What each panel of the situation screen gets: its crisis, the version to re-read on, and the dialog to open a form in. */
export interface PanelProps {
  crisisId: string;
  version: number;
  show: (label: string, form: Form) => void;
  refresh: () => void;
}
