/** The picture's communication section, as services/Dashboard/Pictures/Sections/CommunicationSection.cs serialises it. */
export interface CommunicationSection {}
