// The communication screens' paths, below the module's top path /mitteilungen.
export const top = "/mitteilungen";

export const communicationPaths = {
  list: () => top,
  write: (crisisId?: string) => (crisisId ? `${top}/neu?krise=${encodeURIComponent(crisisId)}` : `${top}/neu`),
  approvals: () => `${top}/freigaben`,
  message: (id: string) => `${top}/${encodeURIComponent(id)}`,
};

/** The API's paths. */
export const communicationApi = {
  messages: "/api/communication/messages",
  approvals: "/api/communication/approvals",
  message: (id: string) => `/api/communication/messages/${id}`,
  step: (id: string, step: "submit" | "approve" | "reject" | "publish" | "retract" | "corrections") => `/api/communication/messages/${id}/${step}`,
  feed: (audience: string, language: string) => `/api/communication/feeds/${audience}/${language}`,
};
