import { useCallback, useEffect, useState } from "preact/hooks";
import { get } from "../../../api/client";
import { replayPaths } from "./paths";
import type { LessonNote } from "./types";

/** The crisis's lessons learned, by moment; `added` puts a new one in place without a re-read. */
export function useNotes(crisisId: string): { notes: LessonNote[]; added: (note: LessonNote) => void } {
  const [notes, setNotes] = useState<LessonNote[]>([]);
  useEffect(() => {
    void get<LessonNote[]>(replayPaths.notes(crisisId)).then(setNotes).catch(() => undefined);
  }, [crisisId]);
  const added = useCallback((note: LessonNote) =>
    setNotes((all) => [...all.filter((n) => n.noteId !== note.noteId), note].sort((a, b) => a.moment.localeCompare(b.moment))), []);
  return { notes, added };
}
