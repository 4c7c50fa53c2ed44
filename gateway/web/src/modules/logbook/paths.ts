// The logbook's screens, below a crisis (the gateway answers the page for every path below /krisen).
export const logbookPaths = {
  staffLog: (crisisId: string) => `/krisen/${encodeURIComponent(crisisId)}/tagebuch`,
  messages: (crisisId: string) => `/krisen/${encodeURIComponent(crisisId)}/nachweisung`,
};

/** The crisis id of a logbook path, and which screen; null for any other path. */
export function logbookRoute(path: string): { crisisId: string; screen: "tagebuch" | "nachweisung" } | null {
  const match = /^\/krisen\/([^/]+)\/(tagebuch|nachweisung)$/.exec(path);
  return match ? { crisisId: decodeURIComponent(match[1]!), screen: match[2] as "tagebuch" | "nachweisung" } : null;
}
