/**
 * The retry rule of reminder e-mails (pure, unit-tested): the wait before each next try, the
 * outcome of a failed try, and the error text kept for administrators — the SMTP server's message
 * with e-mail addresses masked, never the e-mail's own text.
 */

/** The wait after the first failed try; it doubles after each further one. */
export const FIRST_RETRY_MS = 5 * 60_000;
/** The longest wait between two tries. */
export const MAX_RETRY_MS = 4 * 3_600_000;
/** How long an instance holds an e-mail it claimed (longer than nodemailer's 10-minute socket timeout). */
export const CLAIM_MS = 15 * 60_000;

/** The wait after the `tries`-th failed try (tries ≥ 1): 5 min × 2^(tries − 1), capped. */
export function retryDelayMs(tries: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, tries - 1));
}

export type FailedTry = { state: 'pending'; nextAttemptAt: Date } | { state: 'failed'; nextAttemptAt: Date };

/** After a failed try (the `tries`-th) at `now`: tried again later, or given up after `maxTries`. */
export function afterFailure(tries: number, maxTries: number, now: Date): FailedTry {
  if (tries >= maxTries) return { state: 'failed', nextAttemptAt: now };
  return { state: 'pending', nextAttemptAt: new Date(now.getTime() + retryDelayMs(tries)) };
}

const ADDRESS = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+/g;

/** The error of a failed try as stored and logged: one line, addresses masked, at most 500 characters. */
export function errorText(err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  const text = raw.replace(ADDRESS, '<…>').replace(/\s+/g, ' ').trim();
  return (text || 'unknown error').slice(0, 500);
}
