/** The picture's staffing section, as services/Dashboard/Pictures/Sections/StaffingSection.cs serialises it. */
export interface StaffingSection {}
