/** The replay's routes, below the analysis top path (the gateway answers the page for everything below `/analyse`). */
export const replayPaths = {
  start: (crisisId: string) => `/analyse/krisen/${encodeURIComponent(crisisId)}/wiedergabe`,
  replay: (crisisId: string, replayId: string) => `/analyse/krisen/${encodeURIComponent(crisisId)}/wiedergabe/${encodeURIComponent(replayId)}`,
  api: (crisisId: string) => `/api/dashboard/crises/${encodeURIComponent(crisisId)}/replays`,
  notes: (crisisId: string) => `/api/dashboard/crises/${encodeURIComponent(crisisId)}/notes`,
};

/** `{crisisId, replayId?}` for a replay path, else null. */
export function matchReplay(path: string): { crisisId: string; replayId?: string } | null {
  const match = /^\/analyse\/krisen\/([^/]+)\/wiedergabe(?:\/([^/]+))?$/.exec(path);
  if (!match?.[1]) return null;
  return { crisisId: decodeURIComponent(match[1]), replayId: match[2] ? decodeURIComponent(match[2]) : undefined };
}
