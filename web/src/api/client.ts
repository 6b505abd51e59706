/**
 * Fetch wrapper for /api/v1: same-origin cookies, the CSRF header on every write, and one error
 * type (ApiError) carrying the API's stable code and its Vietnamese and English messages.
 */

/** One problem at `path`: Vietnamese `message`, its English when written, or a schema check's code. */
export interface ErrorDetail {
  path: string;
  message: string;
  messageEn?: string;
  code?: string;
  params?: Record<string, string | number>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    /** Vietnamese, as sent by the server. */
    message: string,
    readonly messageEn: string,
    readonly details: ErrorDetail[] = [],
    readonly requestId: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | null | undefined>;

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the server says the session is gone (expired, signed out elsewhere). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && String(v) !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return `/api/v1${path}${qs ? `?${qs}` : ''}`;
}

interface ErrorBody {
  error?: {
    code?: string;
    message?: string;
    messageEn?: string;
    requestId?: string;
    details?: ErrorDetail[];
  };
}

async function send(method: string, url: string, body: unknown, background = false): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // the server's idle timeout does not count the app's own refreshes as the user's activity
  if (background) headers['x-binhdang-background'] = '1';
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(
      0,
      'NETWORK_ERROR',
      'Không kết nối được với máy chủ. Kiểm tra mạng rồi thử lại.',
      'Cannot reach the server. Check the network and try again.',
    );
  }
}

async function toError(res: Response): Promise<ApiError> {
  let data: ErrorBody | null = null;
  try {
    data = (await res.json()) as ErrorBody;
  } catch {
    data = null;
  }
  const e = data?.error;
  return new ApiError(
    res.status,
    e?.code ?? `HTTP_${res.status}`,
    e?.message ?? `Máy chủ trả lời lỗi (${res.status}).`,
    e?.messageEn ?? `The server answered with an error (${res.status}).`,
    Array.isArray(e?.details) ? e.details : [],
    e?.requestId ?? null,
  );
}

export async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  query?: Query,
  background = false,
): Promise<T> {
  const url = buildUrl(path, query);
  let res = await send(method, url, body, background);
  if (!res.ok) {
    let err = await toError(res);
    // A stale CSRF token (e.g. signed in again in another tab): refresh it once and retry.
    if (err.code === 'CSRF_TOKEN_INVALID' && method !== 'GET') {
      const me = await send('GET', buildUrl('/auth/me'), undefined);
      if (me.ok) {
        setCsrfToken(((await me.json()) as { csrfToken: string }).csrfToken);
        res = await send(method, url, body);
        if (res.ok) return parse<T>(res);
        err = await toError(res);
      }
    }
    if (err.code === 'AUTH_REQUIRED' && path !== '/auth/me') onUnauthorized?.();
    throw err;
  }
  return parse<T>(res);
}

async function parse<T>(res: Response): Promise<T> {
  const text = await res.text();
  return (text ? JSON.parse(text) : null) as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, undefined, query),
  /** A refresh the app makes by itself (not the user's activity: it does not keep a session alive). */
  poll: <T>(path: string) => request<T>('GET', path, undefined, undefined, true),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  del: <T>(path: string) => request<T>('DELETE', path),
};
