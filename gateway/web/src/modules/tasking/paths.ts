// The tasking screens' paths, below the module's top path /auftraege (the gateway answers the page for all of them).
export const taskPaths = {
  mine: () => "/auftraege",
  issued: () => "/auftraege/erteilt",
  issue: (crisisId?: string) => (crisisId ? `/auftraege/neu?krise=${encodeURIComponent(crisisId)}` : "/auftraege/neu"),
};
