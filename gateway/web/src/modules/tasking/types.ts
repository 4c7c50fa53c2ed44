/** The picture's tasking section, as services/Dashboard/Pictures/Sections/TaskSection.cs serialises it. */
export interface TaskSection {}
