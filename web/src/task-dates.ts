/** Calendar arithmetic for the task views, on ISO dates (YYYY-MM-DD) without time zones. */

const pad = (n: number) => String(n).padStart(2, '0');

export interface Month {
  year: number;
  /** 1–12 */
  month: number;
}

export const monthOf = (iso: string): Month => ({
  year: Number(iso.slice(0, 4)),
  month: Number(iso.slice(5, 7)),
});
export const monthKey = (m: Month) => `${m.year}-${pad(m.month)}`;

export function addMonths(m: Month, n: number): Month {
  const i = m.year * 12 + (m.month - 1) + n;
  return { year: Math.floor(i / 12), month: (i % 12) + 1 };
}

/** The weeks (Monday first) covering a month, as ISO dates; days of other months are null. */
export function monthGrid(m: Month): (string | null)[][] {
  const first = new Date(Date.UTC(m.year, m.month - 1, 1));
  const days = new Date(Date.UTC(m.year, m.month, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7; // Monday = 0
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= days; d++) cells.push(`${m.year}-${pad(m.month)}-${pad(d)}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Vietnamese weekday headings, Monday first. */
export const WEEKDAYS_VI = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'];
export const WEEKDAYS_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
