/**
 * The one clock of the application: the current instant and the civil date in the configured
 * time zone (TIME_ZONE, default Asia/Ho_Chi_Minh). Services receive a Clock; nothing else in src/
 * reads the system time (a lint rule keeps it so). Civil dates are ISO strings (YYYY-MM-DD).
 *
 * The deadline rule (docs/ARCHITECTURE.md, "Time"): a thing due "on" or "before" day D is on time
 * when it happens on day D or earlier in the configured zone, i.e. before 00:00 local of D + 1.
 */
import { Temporal } from 'temporal-polyfill';

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface Clock {
  /** IANA zone every civil date is computed in. */
  readonly timeZone: string;
  /** The current instant. */
  now(): Date;
  /** The current instant in milliseconds since the epoch. */
  nowMs(): number;
  /** Today's civil date in the zone (YYYY-MM-DD). */
  today(): string;
}

/** True when `tz` names a zone this runtime knows (IANA name, e.g. Asia/Ho_Chi_Minh). */
export function isValidTimeZone(tz: string): boolean {
  try {
    Temporal.Now.instant().toZonedDateTimeISO(tz);
    return true;
  } catch {
    return false;
  }
}

/** The civil date of an instant in a zone. */
export function civilDate(instant: Date | number, timeZone: string): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

/** The first instant of a civil date in a zone (00:00 local). */
export function startOfDay(date: string, timeZone: string): Date {
  const ms = Temporal.PlainDate.from(date).toZonedDateTime({ timeZone }).epochMilliseconds;
  return new Date(ms);
}

/** The first instant after a civil date (00:00 local of the next day): the end of a deadline day. */
export function endOfDay(date: string, timeZone: string): Date {
  return startOfDay(addDays(date, 1), timeZone);
}

/** A civil date plus n days (n may be negative). */
/** The civil date `n` months after `date` (31/10 + 4 months = 28/2 or 29/2: the month's last day). */
export function addMonths(date: string, n: number): string {
  return Temporal.PlainDate.from(date).add({ months: n }).toString();
}

export function addDays(date: string, n: number): string {
  return Temporal.PlainDate.from(date).add({ days: n }).toString();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: 'days' }).days;
}

/** The year of a civil date. */
export const yearOf = (date: string): number => Number(date.slice(0, 4));

function makeClock(timeZone: string, nowMs: () => number): Clock {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`unknown time zone: ${timeZone}`);
  return {
    timeZone,
    nowMs,
    now: () => new Date(nowMs()),
    today: () => civilDate(nowMs(), timeZone),
  };
}

/** The system's clock, read in the given zone. */
export function systemClock(timeZone: string = DEFAULT_TIME_ZONE): Clock {
  return makeClock(timeZone, () => Temporal.Now.instant().epochMilliseconds);
}

/**
 * A clock that starts at `start` and runs on with the system clock from there (CLOCK_START: tests
 * and demonstrations that need "today" to be a given day while sessions and leases still age).
 */
export function startedClock(start: Date, timeZone: string = DEFAULT_TIME_ZONE): Clock {
  const offset = start.getTime() - Temporal.Now.instant().epochMilliseconds;
  return makeClock(timeZone, () => Temporal.Now.instant().epochMilliseconds + offset);
}

/** A clock that stands still until moved (tests). */
export interface ManualClock extends Clock {
  set(instant: Date | string): void;
  advance(ms: number): void;
}

export function manualClock(start: Date | string, timeZone: string = DEFAULT_TIME_ZONE): ManualClock {
  let at = new Date(start).getTime();
  const clock = makeClock(timeZone, () => at);
  return {
    ...clock,
    set: (instant) => {
      at = new Date(instant).getTime();
    },
    advance: (ms) => {
      at += ms;
    },
  };
}

/** dd/mm/yyyy of a civil date, as Vietnamese documents print it. */
export function formatViDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** dd/mm/yyyy HH:mm of an instant in a zone. */
export function formatViDateTime(instant: Date | number, timeZone: string): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const z = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(z.day)}/${p(z.month)}/${z.year} ${p(z.hour)}:${p(z.minute)}`;
}
