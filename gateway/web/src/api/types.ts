import type { LogbookSection } from "../modules/logbook/types";
import type { CommunicationSection } from "../modules/communication/types";
import type { SituationSection } from "../modules/situation/types";
import type { StaffingSection } from "../modules/staffing/types";
import type { TaskSection } from "../modules/tasking/types";
// The shapes of the API's answers, as the services' READMEs list them. Fields the dashboard adds later are optional.

export type Role = "staff" | "head" | "press" | "analyst" | "admin";

export interface CrisisSummary {
  id: string;
  name: string;
  region: string;
  status: "open" | "closed";
  level: number;
  openedAt: string;
  closedAt?: string | null;
}

export interface FeedLine {
  id: string;
  occurredAt: string;
  eventType: string;
  de: string;
  en: string;
}

/** The figures of a facility, a town or the district: free = capacity − occupied − blocked − reserved. */
export interface Figures {
  capacity: number;
  occupied: number;
  blocked: number;
  reserved: number;
  free: number;
}

export interface BoardFacility extends Figures {
  facilityId: string;
  name: string;
  town: string;
  closed: boolean;
  lastChange: string;
  lastChangeType: string;
  kind?: string | null;
  features?: string[];
  confirmedAt?: string | null;
}

export interface Totals extends Figures {
  facilities: number;
  closedFacilities: number;
}

export interface BoardTown extends Totals {
  town: string;
  fairShare?: number | null;
}

export interface Board {
  facilities: BoardFacility[];
  towns: BoardTown[];
  district: Totals;
  lastChange?: string | null;
  version?: number;
  staleAfterSeconds?: number;
}

export interface Picture {
  crisisId: string;
  name: string;
  region: string;
  level: number;
  openedAt?: string | null;
  closedAt?: string | null;
  closedReason?: string | null;
  lastUpdate?: string | null;
  journalLength: number;
  status: "unknown" | "open" | "closed";
  accommodation: Board;
  version?: number;
  feed?: FeedLine[];
  situation?: SituationSection;
  staffing?: StaffingSection;
  tasks?: TaskSection;
  communication?: CommunicationSection;
  logbook?: LogbookSection;
}

export interface AccommodationChange {
  facility: BoardFacility;
  town: BoardTown;
  board: Board;
  entry?: FeedLine;
}

export interface OccupancyPoint extends Figures {
  at: string;
  facilities: number;
}

export interface Suggestion {
  facilityId: string;
  name: string;
  town: string;
  free: number;
  inNearTown: boolean;
}

export interface FacilityDetails extends Figures {
  id: string;
  name: string;
  kind: string;
  town: string;
  address: string;
  features: string[];
  closed: boolean;
  lastConfirmedAt: string;
  stale: boolean;
  households: { householdRef: string; size: number; needs: string[]; languages: string[] }[];
  reservations: { id: string; places: number; expiresAt: string; reference?: string | null }[];
  blocks: { id: string; places: number; reason: string; note?: string | null }[];
}
