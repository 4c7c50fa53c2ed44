import type { Picture } from "../../../api/types";

/** A replay as the dashboard answers it (`Replay/ReplayFrame.cs`, `ReplayView`). */
export interface ReplayView {
  replayId: string;
  crisisId: string;
  from: string;
  to: string;
  moment: string;
  speed: number;
  status: "playing" | "paused" | "ended" | "stopped";
  /** +1 per frame: the picture's own version goes back on a jump, so frames are ordered by this. */
  frame: number;
  applied: number;
  entries: number;
}

/** What `JoinReplay`, the `replayFrame` push and every replay command give: the replay and its picture as of its moment. */
export interface ReplayFrame {
  replay: ReplayView;
  picture: Picture;
}

export type LessonCategory = "went-well" | "too-late" | "went-wrong" | "improvement";

export const lessonCategories: LessonCategory[] = ["went-well", "too-late", "went-wrong", "improvement"];

/** A lesson-learned note (`Lessons/CrisisLessons.cs`). */
export interface LessonNote {
  noteId: string;
  moment: string;
  category: LessonCategory;
  text: string;
  author?: string | null;
  authorRole?: string | null;
  writtenAt: string;
}
