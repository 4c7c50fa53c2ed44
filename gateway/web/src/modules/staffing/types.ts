/** The picture's staffing section, as services/Dashboard/Pictures/Sections/StaffingSection.cs serialises it. */
export interface StaffingSection {
  requested: number;
  assigned: number;
  openRequests: StaffRequestFigures[];
  departments: DepartmentFigures[];
  places: PlaceStaff[];
}

export interface StaffRequestFigures {
  requestId: string;
  unit?: string | null;
  place?: string | null;
  facilityId?: string | null;
  from?: string | null;
  to?: string | null;
  languages: string[];
  skills: string[];
  interpreting: boolean;
  needed: number;
  assigned: number;
  open: number;
}

export interface Period {
  from: string;
  to: string;
}

export interface DepartmentFigures {
  name: string;
  poolMembers: number;
  cap: number;
  away: Period[];
}

export interface PlaceDeployment extends Period {
  kind: MemberKind;
  languages: string[];
}

export interface PlaceStaff {
  place: string;
  facilityId?: string | null;
  deployments: PlaceDeployment[];
}

export type MemberKind = "staff" | "volunteer" | "interpreter";

export interface MemberLanguage {
  code: string;
  level: string;
}

export interface AvailabilityWindow extends Period {
  hoursPerWeek: number;
}

export interface MemberDeployment {
  requestId: string;
  unit: string;
  place: string;
  period: Period;
  status: string;
  hours: number;
}

/** GET /api/staffing/members, /members/{id}, /me. */
export interface Member {
  id: string;
  subject: string;
  kind: MemberKind;
  homeDepartment?: string | null;
  name: string;
  phone?: string | null;
  email?: string | null;
  account?: string | null;
  skills: string[];
  languages: MemberLanguage[];
  availability: AvailabilityWindow[];
  deployments: MemberDeployment[];
}

export interface Assignment {
  memberId: string;
  homeDepartment?: string | null;
  status: "assigned" | "confirmed" | "released";
  selfClaimed: boolean;
  hours: number;
}

/** GET /api/staffing/requests, /requests/{id}, /me/open-requests. */
export interface StaffRequest {
  id: string;
  unit: string;
  place: string;
  facilityId?: string | null;
  requiredSkills: string[];
  requiredLanguages: string[];
  from: string;
  to: string;
  interpreting: boolean;
  needed: number;
  assigned: number;
  open: number;
  assignments: Assignment[];
}

/** GET /api/staffing/requests/{id}/suggestions. */
export interface Suggestion {
  fit: {
    memberId: string;
    kind: MemberKind;
    homeDepartment?: string | null;
    languages: string[];
    skills: string[];
    available: boolean;
    experience: number;
  };
  name: string;
}

/** GET /api/staffing/hours?month=. */
export interface MonthlyHours {
  memberId: string;
  name: string;
  kind: MemberKind;
  hours: number;
  deployments: number;
}
