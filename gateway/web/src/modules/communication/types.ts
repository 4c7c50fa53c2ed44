// The shapes of communication's part of the picture and of its API's answers (services/Communication/Api/*View.cs).

export type Audience = "public" | "council" | "volunteers" | "refugees" | "staff";
export type Channel = "feed" | "email" | "webhook";
export type VersionStatus = "draft" | "submitted" | "approved" | "rejected" | "published" | "superseded";
export type DeliveryStatus = "pending" | "failed" | "delivered";

/** The picture's communication section, as services/Dashboard/Pictures/Sections/CommunicationSection.cs serialises it. */
export interface CommunicationSection {
  awaitingApproval: PendingMessage[];
  latestPublished: PublishedMessage[];
  failedDeliveries: FailedDelivery[];
  published: number;
}

export interface PendingMessage {
  messageId: string;
  version: number;
  audience?: Audience | null;
  title?: string | null;
  languages: string[];
  isCorrection: boolean;
  submittedAt: string;
}

export interface PublishedMessage {
  messageId: string;
  version: number;
  audience: Audience;
  title: string;
  languages: string[];
  channels: Channel[];
  isCorrection: boolean;
  publishedAt: string;
  retractionReason?: string | null;
  retractedAt?: string | null;
}

export interface FailedDelivery {
  messageId: string;
  version: number;
  title?: string | null;
  channel: Channel;
  target: string;
  attempt: number;
  error: string;
  attemptedAt: string;
  nextAttemptAt: string;
}

/** A text with its writing direction as the API gives it. */
export interface MessageTextView {
  language: string;
  direction: "ltr" | "rtl";
  title: string;
  text: string;
}

/** A message in a list (GET /messages, /approvals). */
export interface MessageSummary {
  id: string;
  crisisId: string;
  audience: Audience;
  channels: Channel[];
  version: number;
  status: VersionStatus;
  texts: MessageTextView[];
  publishedVersion?: number | null;
  publishedAt?: string | null;
  isCorrection: boolean;
  isRetracted: boolean;
  failedDeliveries: number;
  changedAt: string;
}

export interface VersionView {
  number: number;
  status: VersionStatus;
  isCorrection: boolean;
  correctionNote?: string | null;
  validUntil?: string | null;
  author: string;
  draftedAt: string;
  publishedAt?: string | null;
  texts: MessageTextView[];
}

export interface StepView {
  version: number;
  step: "submitted" | "approved" | "rejected" | "published" | "retracted";
  by: string;
  at: string;
  reason?: string | null;
}

export interface DeliveryView {
  version: number;
  channel: Channel;
  target: string;
  language?: string | null;
  status: DeliveryStatus;
  attempts: number;
  lastError?: string | null;
  nextAttemptAt?: string | null;
  deliveredAt?: string | null;
}

/** A message's full history (GET /messages/{id}). */
export interface MessageView {
  id: string;
  crisisId: string;
  audience: Audience;
  channels: Channel[];
  version: number;
  status: VersionStatus;
  publishedVersion?: number | null;
  retractionReason?: string | null;
  versions: VersionView[];
  steps: StepView[];
  deliveries: DeliveryView[];
}

/** One language's title and text as typed in the form. */
export interface TextInput {
  language: string;
  title: string;
  text: string;
}
