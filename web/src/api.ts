/**
 * The API client. Errors come back as ApiError with the server's stable code, message and hint.
 * A token given once as `?token=` is kept for the tab (sessionStorage) and removed from the URL.
 */

export class ApiError extends Error {
  readonly code: string;
  readonly hint?: string;
  readonly field?: string;
  readonly status: number;
  constructor(
    status: number,
    body: { code?: string; message?: string; hint?: string; field?: string },
  ) {
    super(body.message ?? `request failed (${status})`);
    this.code = body.code ?? "SC_CLIENT_ERROR";
    this.hint = body.hint;
    this.field = body.field;
    this.status = status;
  }
}

const TOKEN_KEY = "statecraft.token";

export function takeTokenFromUrl(): void {
  const url = new URL(window.location.href);
  const token = url.searchParams.get("token");
  if (token) {
    sessionStorage.setItem(TOKEN_KEY, token);
    url.searchParams.delete("token");
    history.replaceState(null, "", url.pathname + url.search + url.hash);
  }
}

function authHeaders(): Record<string, string> {
  const t = sessionStorage.getItem(TOKEN_KEY);
  return t ? { Authorization: `Bearer ${t}` } : {};
}

async function handle<T>(res: Response): Promise<T> {
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new ApiError(res.status, { message: `the server answered ${res.status} without JSON` });
  }
  if (!res.ok) {
    const err = (body as { error?: Record<string, string> }).error ?? {};
    throw new ApiError(res.status, err);
  }
  return body as T;
}

type Query = Record<string, string | number | undefined | null>;

export function queryString(q: Query): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q))
    if (v !== undefined && v !== null && v !== "") p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : "";
}

export async function get<T>(path: string, q: Query = {}, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${path}${queryString(q)}`, { headers: authHeaders(), signal });
  } catch (e) {
    if ((e as Error).name === "AbortError") throw e;
    throw new ApiError(0, {
      code: "SC_CLIENT_OFFLINE",
      message: "the server cannot be reached",
      hint: "is `statecraft serve` still running?",
    });
  }
  return handle<T>(res);
}

export async function post<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: "POST",
      headers: { ...authHeaders(), "Content-Type": "application/json" },
      body: JSON.stringify(body),
      signal,
    });
  } catch (e) {
    if ((e as Error).name === "AbortError") throw e;
    throw new ApiError(0, { code: "SC_CLIENT_OFFLINE", message: "the server cannot be reached" });
  }
  return handle<T>(res);
}

export async function upload<T>(path: string, form: FormData): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { method: "POST", headers: authHeaders(), body: form });
  } catch {
    throw new ApiError(0, { code: "SC_CLIENT_OFFLINE", message: "the server cannot be reached" });
  }
  return handle<T>(res);
}
