/** The picture's situation section, as services/Dashboard/Pictures/Sections/SituationSection.cs serialises it. */
export interface SituationSection {}
