import { signal } from "@preact/signals";

/** The current location; links and navigate() push history entries, so the back button works. */
export const location = signal({ path: window.location.pathname, search: new URLSearchParams(window.location.search) });

function sync(): void {
  location.value = { path: window.location.pathname, search: new URLSearchParams(window.location.search) };
}

window.addEventListener("popstate", sync);

export function navigate(to: string, replace = false): void {
  if (replace) history.replaceState(null, "", to);
  else history.pushState(null, "", to);
  sync();
  window.scrollTo(0, 0);
}

/** Click handler for same-origin links: navigates without a reload unless a modifier key asks for a new tab. */
export function followLink(event: MouseEvent): void {
  const anchor = (event.currentTarget as HTMLAnchorElement | null);
  if (!anchor || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(anchor.getAttribute("href") ?? "/");
}

export const paths = {
  signIn: (returnTo?: string, reason?: string) => {
    const q = new URLSearchParams();
    if (returnTo) q.set("zurueck", returnTo);
    if (reason) q.set("grund", reason);
    const s = q.toString();
    return s ? `/anmelden?${s}` : "/anmelden";
  },
  crises: () => "/krisen",
  crisis: (id: string) => `/krisen/${encodeURIComponent(id)}`,
  accessibility: () => "/barrierefreiheit",
};
