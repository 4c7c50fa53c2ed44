import type { KeyFigure } from "./figures";

/** The picture's situation section, as services/Dashboard/Pictures/Sections/SituationSection.cs serialises it. */
export interface SituationSection {
  announced: number;
  arrived: number;
  placed: number;
  announcements: AnnouncementFigures[];
  days: AllocationDay[];
  sectors: SectorStatus[];
  incidents: IncidentCounts;
  nextMeeting?: MeetingView;
  openDecisions: OpenDecision[];
  latestReport?: ConsolidatedReportStatus;
}

export interface AnnouncementFigures {
  announcementId: string;
  expectedOn: string;
  origin: string;
  announced: number;
  arrived: number;
  placed: number;
  cancelled: boolean;
}

export interface AllocationDay {
  date: string;
  announced: number;
  arrived: number;
  announcements: number;
}

export type Sector = "accommodation" | "registration" | "health" | "education-and-childcare" | "benefits" | "security" | "volunteers" | "other";
export type TrafficLight = "green" | "yellow" | "red";
export type IncidentCategory = "violence" | "fire" | "medical" | "conflict" | "other";
export type IncidentSeverity = "minor" | "serious" | "critical";

export interface SectorStatus {
  sector: Sector;
  reportId: string;
  status: TrafficLight;
  asOf: string;
  overdueAt?: string;
  function: string;
  functionName: string;
  department?: string;
  corrects?: string;
  filedAt: string;
}

export interface IncidentCounts {
  total: number;
  open: number;
  byCategory: Record<string, number>;
  bySeverity: Record<string, number>;
  byFacility: Record<string, number>;
}

export interface MeetingView {
  meetingId: string;
  startsAt: string;
  agenda: Array<{ position: number; function: string; functionName: string }>;
}

export interface OpenDecision {
  decisionId: string;
  meetingId: string;
  text: string;
  taskTitle: string;
  responsibleUnitName: string;
  dueAt: string;
}

export interface ConsolidatedReportStatus {
  reportId: string;
  stage: "draft" | "released" | "sent";
  number?: number;
  recipient?: string;
}

// The situation service's answers (services/SituationReports/README.md).

export interface StaffFunction {
  code: string;
  name: string;
}

export interface ArrivalWindow {
  from: string;
  until: string;
}

export interface AllocationFigures {
  expectedOn: string;
  window?: ArrivalWindow;
  people: number;
  households?: number;
  languages: string[];
  origin: string;
}

export interface AnnouncementView {
  id: string;
  expectedOn: string;
  window?: ArrivalWindow;
  announced: number;
  households?: number;
  languages: string[];
  arrived: number;
  placed: number;
  origin: string;
  cancelled: boolean;
  history: Array<{ at: string; figures: AllocationFigures; reason?: string }>;
  arrivals: Array<{ id: string; people: number; households?: number; arrivedAt: string }>;
}

export interface AllocationTotals {
  announced: number;
  arrived: number;
  placed: number;
  announcements: AnnouncementView[];
}

export interface SectorReport {
  report: { reportId: string; sector: Sector; status: TrafficLight; asOf: string; function: string; functionName: string; text: string; corrects?: string; figures?: KeyFigure[] };
  correctedBy?: string;
}

export interface IncidentSummary {
  id: string;
  facilityId: string;
  category: IncidentCategory;
  severity: IncidentSeverity;
  occurredAt: string;
  closedAt?: string;
}

export interface IncidentDetails {
  incident: IncidentSummary;
  text: string;
}

export interface MeetingSummary {
  id: string;
  startsAt: string;
  closed: boolean;
  decisions: number;
}

export type NoteKind = "fact" | "assumption" | "open-question";

export interface MeetingDetails {
  id: string;
  startsAt: string;
  attendees: Array<{ function?: string; functionName?: string; unit?: string }>;
  agenda: Array<{ position: number; function: string; functionName: string }>;
  notes: Array<{ noteId: string; kind: NoteKind; text: string; function?: string; recordedAt: string }>;
  decisions: Array<{ decisionId: string; text: string; task?: { title: string; responsibleUnitName: string; dueAt: string } }>;
  closed?: { nextMeetingAt: string };
}

export interface ConsolidatedReport {
  id: string;
  number?: number;
  blocks: { overview: string; outsideSituation: string; ownSituation: string; forecast: string };
  authors: string[];
  draftedAt: string;
  releasedBy?: string;
  recipient?: string;
  sentAt?: string;
}

export const sectors: Sector[] = ["accommodation", "registration", "health", "education-and-childcare", "benefits", "security", "volunteers", "other"];
export const trafficLights: TrafficLight[] = ["green", "yellow", "red"];
export const incidentCategories: IncidentCategory[] = ["violence", "fire", "medical", "conflict", "other"];
export const noteKinds: NoteKind[] = ["fact", "assumption", "open-question"];
export const incidentSeverities: IncidentSeverity[] = ["minor", "serious", "critical"];
