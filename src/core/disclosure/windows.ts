/**
 * The periods statistics about cases are given for: a whole calendar month, quarter or year, so
 * that two answers never differ by a day or a week (shifting a window by a day cannot single out
 * the survivor detected on that day). Below the province, and for commune cells anywhere, only
 * whole years: otherwise a year minus its shown quarters gives away a hidden quarter.
 */
export type Window = 'month' | 'quarter' | 'year';

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The kind of window [from, to] is (ISO dates), or null when it is not a whole month, quarter or year. */
export function windowOf(from: string, to: string): Window | null {
  const a = /^(\d{4})-(\d{2})-(\d{2})$/.exec(from);
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(to);
  if (!a || !b || a[1] !== b[1] || a[3] !== '01') return null;
  const y = Number(a[1]);
  const m1 = Number(a[2]);
  const m2 = Number(b[2]);
  if (to !== iso(y, m2, lastDay(y, m2))) return null;
  if (m1 === m2) return 'month';
  if (m2 === m1 + 2 && m1 % 3 === 1) return 'quarter';
  if (m1 === 1 && m2 === 12) return 'year';
  return null;
}
