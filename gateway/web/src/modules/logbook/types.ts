// The logbook's shapes as the APIs answer them (services/Logbook, services/Dashboard/Logbook).
export const writtenCategories = ["situation-report", "message", "request", "decision", "finding", "order", "assessment"] as const;
export const allCategories = [...writtenCategories, "correction", "handover", "closing", "automatic"] as const;
export const channels = ["phone", "email", "radio", "paper"] as const;
export const priorities = ["einfach", "sofort", "blitz"] as const;

export interface StaffLogRow {
  number: number;
  occurredAt: string;
  enteredAt: string;
  author?: string | null;
  role?: string | null;
  function?: string | null;
  unit?: string | null;
  category: string;
  de: string;
  en: string;
  supersedes?: number | null;
  supersededBy?: number | null;
  logNumber?: number | null;
}

export interface StaffLogState {
  keeper?: string | null;
  keeperFunction: string;
  closedBy?: string | null;
  countersignedBy?: string | null;
}

export interface LoggedMessage {
  id: string;
  number: number;
  direction: "incoming" | "outgoing";
  channel: string;
  priority: string;
  at: string;
  sender: string;
  recipient: string;
  content: string;
  function?: string | null;
  acknowledgedBy?: string | null;
  acknowledgedAt?: string | null;
}

export interface BlitzMessage {
  messageId: string;
  number: number;
  direction: "incoming" | "outgoing";
  channel: string;
  at?: string | null;
  function?: string | null;
}

export interface LogbookSection {
  keeperFunction?: string | null;
  logClosed: boolean;
  logCountersigned: boolean;
  messages: number;
  unacknowledgedBlitz: BlitzMessage[];
}
