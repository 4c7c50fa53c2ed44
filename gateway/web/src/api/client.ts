import { ApiError, problemFrom } from "./problem";
import { expire, session } from "./session";

export interface RequestOptions {
  body?: unknown;
  /** Sent as `Idempotency-Key`: the same key makes a retry act once. */
  idempotencyKey?: string;
  /** Sent as `If-Match` (a stream version); a 412 then means "changed meanwhile". */
  ifMatch?: string;
}

/** One call of the API with the signed-in user's token. A 401 ends the session; any other refusal throws an ApiError. */
export async function api<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  const token = session.value?.accessToken;
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (options.idempotencyKey) headers["Idempotency-Key"] = options.idempotencyKey;
  if (options.ifMatch) headers["If-Match"] = options.ifMatch;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
  } catch {
    throw new ApiError({ status: 0, title: "offline" });
  }
  if (response.status === 401) {
    expire();
  }
  if (!response.ok) throw new ApiError(await problemFrom(response));
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const get = <T>(path: string): Promise<T> => api<T>("GET", path);

/** A random key per submission (RFC 4122 v4 from getRandomValues, which works outside secure contexts too). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Adds query parameters, leaving out the empty ones. */
export function withQuery(path: string, query: Record<string, string | number | boolean | string[] | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) value.forEach((v) => params.append(key, v));
    else if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** A GET that also returns the ETag (the stream version), for a later If-Match. */
export async function getWithETag<T>(path: string): Promise<{ body: T; etag: string | undefined }> {
  const token = session.value?.accessToken;
  const response = await fetch(path, { headers: { Accept: "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) } });
  if (response.status === 401) expire();
  if (!response.ok) throw new ApiError(await problemFrom(response));
  return { body: (await response.json()) as T, etag: response.headers.get("ETag") ?? undefined };
}
