import type { LessonNote } from "../replay/types";

// The timeline analysis as GET /api/dashboard/crises/{id}/analysis gives it (services/Dashboard/Analysis).

export interface WaitBucket {
  bucket: "under-6h" | "6h-24h" | "1d-2d" | "2d-7d" | "7d-or-more";
  people: number;
}

export interface PlacementWait {
  placed: number;
  medianHours?: number;
  p90Hours?: number;
  buckets: WaitBucket[];
  unmatched: number;
  waiting: number;
}

export interface HighOccupancyDay {
  date: string;
  peakOccupancyPercent: number;
  endOccupancyPercent?: number;
}

export interface UnitOverdue {
  unit: string;
  unitName: string;
  overdue: number;
  overdueAtEnd: number;
}

export interface StaffPoint {
  periodStart: string;
  requested: number;
  deployed: number;
}

export interface TimelineAnalysis {
  crisisId: string;
  name?: string;
  placementWait: PlacementWait;
  highOccupancyDays: HighOccupancyDay[];
  overdueByUnit: UnitOverdue[];
  staff: StaffPoint[];
  lessons: LessonNote[];
}
