/** The staff pool's pages, below its top path /personal. */
export const staffingPaths = {
  pool: () => "/personal",
  requests: () => "/personal/anforderungen",
  request: (id: string) => `/personal/anforderungen/${encodeURIComponent(id)}`,
  hours: () => "/personal/stunden",
  mine: () => "/personal/meine-einsaetze",
};
