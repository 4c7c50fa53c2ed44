import { computed, signal } from "@preact/signals";
import type { Role } from "./types";
import { ApiError, problemFrom } from "./problem";

/** Who is signed in, from the access token's claims (name, role), and until when. */
export interface Session {
  accessToken: string;
  refreshToken?: string;
  name: string;
  roles: Role[];
  expiresAt: number;
}

const storageKey = "krisenstab.session";
const renewAheadMs = 60_000;

export const session = signal<Session | null>(read());
export const canChange = computed(() => session.value?.roles.some((r) => r === "staff" || r === "head" || r === "admin") ?? false);
export const canLead = computed(() => session.value?.roles.some((r) => r === "head" || r === "admin") ?? false);

function read(): Session | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(storageKey) ?? "null") as Session | null;
    return stored && stored.expiresAt > Date.now() ? stored : null;
  } catch {
    return null;
  }
}

function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split(".")[1] ?? "";
  const json = decodeURIComponent(
    Array.from(atob(payload.replace(/-/g, "+").replace(/_/g, "/")), (c) => "%" + c.charCodeAt(0).toString(16).padStart(2, "0")).join(""),
  );
  return JSON.parse(json) as Record<string, unknown>;
}

function sessionFrom(body: { access_token: string; refresh_token?: string; expires_in?: number }): Session {
  const claims = claimsOf(body.access_token);
  const role = claims.role;
  const roles = (Array.isArray(role) ? role : role ? [role] : []) as Role[];
  const exp = typeof claims.exp === "number" ? claims.exp * 1000 : Date.now() + (body.expires_in ?? 3600) * 1000;
  return {
    accessToken: body.access_token,
    ...(body.refresh_token ? { refreshToken: body.refresh_token } : {}),
    name: String(claims.name ?? claims.sub ?? ""),
    roles,
    expiresAt: exp,
  };
}

async function requestToken(form: Record<string, string>): Promise<Session> {
  const response = await fetch("/connect/token", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ client_id: "krisenstab", ...form }),
  });
  if (!response.ok) throw new ApiError(await problemFrom(response));
  return sessionFrom((await response.json()) as { access_token: string });
}

let renewTimer: number | undefined;
/** Browsers fire a timeout of more than 2³¹−1 ms (24.8 days) at once; a longer wait is taken in steps. */
const longestTimeout = 2_147_483_647;

function start(next: Session | null): void {
  session.value = next;
  if (next) {
    sessionStorage.setItem(storageKey, JSON.stringify(next));
    // With a refresh token the session renews itself shortly before it expires; without, it ends then.
    dueAt(next.expiresAt - (next.refreshToken ? renewAheadMs : 0), () => void (next.refreshToken ? renew(next.refreshToken) : expire()));
  } else {
    window.clearTimeout(renewTimer);
    sessionStorage.removeItem(storageKey);
  }
}

function dueAt(at: number, action: () => void): void {
  window.clearTimeout(renewTimer);
  const wait = at - Date.now();
  renewTimer = wait > longestTimeout ? window.setTimeout(() => dueAt(at, action), longestTimeout) : window.setTimeout(action, Math.max(0, wait));
}

async function renew(refreshToken: string): Promise<void> {
  try {
    start(await requestToken({ grant_type: "refresh_token", refresh_token: refreshToken }));
  } catch {
    expire();
  }
}

/** Listeners told when the session ended by itself (expired or refused), so the app can send the user to sign in. */
const expiredListeners = new Set<() => void>();
export function onExpired(listener: () => void): () => void {
  expiredListeners.add(listener);
  return () => expiredListeners.delete(listener);
}

export function expire(): void {
  if (!session.value) return;
  start(null);
  expiredListeners.forEach((listener) => listener());
}

export async function signIn(username: string, password: string): Promise<void> {
  start(await requestToken({ grant_type: "password", username, password }));
}

export function signOut(): void {
  start(null);
}

// Resume the timer of a session restored from sessionStorage.
start(session.value);
