/**
 * The web app's clock: the server's. At start the app reads GET /api/health (the server's instant
 * and TIME_ZONE) and from then on "now" is the browser's time corrected by the difference, and
 * every civil date and time shown is in the server's zone, whatever zone the browser is set to.
 * Nothing else in web/src reads the system time (a lint rule keeps it so).
 */
import type { THealthResponse } from '../../src/core/http/health.schema.ts';

const DEFAULT_ZONE = 'Asia/Ho_Chi_Minh';
let zone = DEFAULT_ZONE;
let skewMs = 0;

/** Adopts the server's clock and zone. */
export function adoptServerClock(h: Pick<THealthResponse, 'now' | 'timeZone'>): void {
  const server = Date.parse(h.now);
  if (!Number.isNaN(server)) skewMs = server - Date.now();
  zone = h.timeZone;
}

/** Reads the server's clock once; on failure the browser's clock and the default zone stay. */
export async function syncClock(): Promise<void> {
  try {
    const res = await fetch('/api/health', { headers: { accept: 'application/json' } });
    if (res.ok) adoptServerClock((await res.json()) as THealthResponse);
  } catch {
    // offline or the server is down: the browser's clock, in the default zone
  }
}

export const timeZone = (): string => zone;
export const nowMs = (): number => Date.now() + skewMs;

const partsCache = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = partsCache.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: tz,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    partsCache.set(tz, f);
  }
  return f;
}

/** Year, month, day, hour and minute of an instant in the zone (two digits each but the year). */
export function zonedParts(instantMs: number, tz: string = zone) {
  const get = (parts: Intl.DateTimeFormatPart[], type: string) =>
    parts.find((p) => p.type === type)?.value ?? '';
  const parts = formatter(tz).formatToParts(instantMs);
  return {
    year: get(parts, 'year'),
    month: get(parts, 'month'),
    day: get(parts, 'day'),
    hour: get(parts, 'hour'),
    minute: get(parts, 'minute'),
  };
}

/** Today's civil date in the server's zone (YYYY-MM-DD). */
export function todayIso(): string {
  const p = zonedParts(nowMs());
  return `${p.year}-${p.month}-${p.day}`;
}

/** This year in the server's zone. */
export const thisYear = (): number => Number(todayIso().slice(0, 4));
