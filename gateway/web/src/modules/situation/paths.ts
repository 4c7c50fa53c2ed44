/** The situation screens' paths below the crisis (the gateway answers the page for /krisen/{id}/…) and the service's API paths. */
export const situationPaths = {
  screen: (crisisId: string) => `/krisen/${encodeURIComponent(crisisId)}/lage`,
  reports: (crisisId: string) => `/krisen/${encodeURIComponent(crisisId)}/lage/meldungen`,
};

export const situationFunctions = "/api/situation/functions";

export const situationApi = (crisisId: string, rest = "") => `/api/situation/crises/${encodeURIComponent(crisisId)}${rest}`;

/** Which of the module's screens a path is, and for which crisis. */
export function matchScreen(path: string): { crisisId: string; screen: "situation" | "reports" } | null {
  const match = /^\/krisen\/([^/]+)\/lage(\/meldungen)?$/.exec(path);
  if (!match?.[1]) return null;
  return { crisisId: decodeURIComponent(match[1]), screen: match[2] ? "reports" : "situation" };
}
