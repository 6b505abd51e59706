/** A signed-in API session over real HTTP (for tests against `binhdang serve` processes). */

export interface ApiSession {
  /** The server's base URL, the session cookie and CSRF token (an `Endpoint` for deadline-day.ts). */
  url: string;
  cookie: string;
  csrf: string;
  get(path: string): Promise<Response>;
  /** A state-changing call with the CSRF token; long deadline (imports take a while). */
  post(path: string, body: unknown): Promise<Response>;
}

/** Every call has a deadline: a hung request must fail the test, not stall it. */
export const call = (url: string, init: RequestInit = {}, timeoutMs = 15_000) =>
  fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });

export async function signInOver(baseUrl: string, username: string, password: string): Promise<ApiSession> {
  const api = `${baseUrl}/api/v1`;
  const login = await call(`${api}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return {
    url: baseUrl,
    cookie,
    csrf: csrfToken,
    get: (path) => call(`${api}${path}`, { headers: { cookie } }),
    post: (path, body) =>
      call(
        `${api}${path}`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
          body: JSON.stringify(body),
        },
        300_000,
      ),
  };
}
