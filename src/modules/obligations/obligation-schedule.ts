/**
 * When a reporting obligation (chế độ báo cáo) makes each period's report due. Due days are what
 * the plans write: 'MM-DD' days of the year ("trước ngày 15/10 hằng năm"; "05/5 và 20/11"), a day
 * of the month 'D' ("hằng tháng, trước ngày 20"), or one 'YYYY-MM-DD' for a one-off report.
 *
 * The rule, as the plans and the cut-offs of ND 09/2019/NĐ-CP have it, is that a report is due
 * within the period it covers (the figures close some days before):
 * - monthly 'D': day D of the period's month; quarterly 'D': day D of the quarter's last month;
 * - annual 'MM-DD': that day of the period's year;
 * - semiannual: with two days, the first for the first half and the second for the second half of
 *   the year ("05/5 và 20/11"); with one day, its first occurrence on or after the period starts;
 * - once 'YYYY-MM-DD': the report of the period containing that date.
 * A monthly or quarterly day past the end of a month (31 in April) is the month's last day; a yearly
 * day that never exists (31/02, 31/06 …) is refused (due-day-check.ts), and 29/02 falls due on
 * 28/02 in a year without it.
 */
import { impossibleDueDay } from './due-day-check.ts';
import { nextPeriod, periodStart, type PeriodType } from '../reports/periods.ts';

export type Frequency = PeriodType | 'once';

const pad = (n: number) => String(n).padStart(2, '0');

function clampDay(y: number, m: number, d: number): string {
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${pad(m)}-${pad(Math.min(d, last))}`;
}

function parseMonthDay(s: string): [number, number] | null {
  const m = /^(\d{2})-(\d{2})$/.exec(s);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** Whether the due days are well formed for the frequency. */
export function validDueDays(frequency: Frequency, days: readonly string[]): boolean {
  if (days.length === 0) return false;
  const ok = (s: string) => {
    if (frequency === 'once') {
      const d = new Date(`${s}T00:00:00Z`);
      return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
    }
    if (frequency === 'monthly' || frequency === 'quarterly')
      return /^\d{1,2}$/.test(s) && Number(s) >= 1 && Number(s) <= 31;
    const md = parseMonthDay(s);
    return md !== null && md[0] >= 1 && md[0] <= 12 && md[1] >= 1 && md[1] <= 31;
  };
  const max = frequency === 'semiannual' ? 2 : 1;
  const yearly = frequency === 'annual' || frequency === 'semiannual';
  return days.length <= max && days.every(ok) && !(yearly && impossibleDueDay(days));
}

/** The due date of the period of `type` starting on `start`, under the obligation's due days. */
export function dueDateOf(frequency: Frequency, days: readonly string[], start: string): string {
  const [y, m] = start.split('-').map(Number) as [number, number];
  const first = days[0] ?? '';
  switch (frequency) {
    case 'once':
      return first;
    case 'monthly':
      return clampDay(y, m, Number(first));
    case 'quarterly':
      return clampDay(y, m + 2, Number(first));
    case 'annual': {
      const [mm, dd] = parseMonthDay(first) ?? [12, 31];
      return clampDay(y, mm, dd);
    }
    case 'semiannual': {
      const half = m <= 6 ? 0 : 1;
      if (days.length === 2) {
        const [mm, dd] = parseMonthDay(days[half] ?? '') ?? [12, 31];
        return clampDay(y, mm, dd);
      }
      const [mm, dd] = parseMonthDay(first) ?? [12, 31];
      const same = clampDay(y, mm, dd);
      return same >= start ? same : clampDay(y + 1, mm, dd);
    }
  }
}

export interface DuePeriod {
  periodStart: string;
  dueDate: string;
}

/**
 * The periods whose report falls due between `from` and `to` (inclusive), for an obligation of the
 * given frequency over a form of `type`, active from `startsOn` to `endsOn`.
 */
export function duePeriods(
  o: { frequency: Frequency; dueDays: readonly string[]; startsOn: string; endsOn: string | null },
  type: PeriodType,
  from: string,
  to: string,
): DuePeriod[] {
  if (o.frequency === 'once') {
    const due = o.dueDays[0] ?? '';
    return due >= from && due <= to ? [{ periodStart: periodStart(type, due), dueDate: due }] : [];
  }
  const out: DuePeriod[] = [];
  // A period's report is due within a year of its start: scan from a year before `from`.
  const [fy] = from.split('-').map(Number) as [number];
  let p = periodStart(type, `${fy - 1}-01-01`);
  if (p < periodStart(type, o.startsOn)) p = periodStart(type, o.startsOn);
  for (let i = 0; p <= to && i < 500; i++, p = nextPeriod(type, p)) {
    if (o.endsOn && p > o.endsOn) break;
    const due = dueDateOf(o.frequency, o.dueDays, p);
    if (due >= from && due <= to) out.push({ periodStart: p, dueDate: due });
  }
  return out;
}

/**
 * Whether a unit owes the report of a period due on `dueDate`: not for a period due before the
 * obligation starts (nobody can be late for what was not yet asked), nor due before the unit
 * existed (a commune of the 2025 map owes nothing due before 01/07/2025), nor after it ends.
 */
export function owes(
  o: { startsOn: string; endsOn: string | null },
  unitValidFrom: string | null,
  periodStart: string,
  dueDate: string,
): boolean {
  if (dueDate < o.startsOn) return false;
  if (unitValidFrom !== null && dueDate < unitValidFrom) return false;
  return o.endsOn === null || periodStart <= o.endsOn;
}

/** The due date of one period under the obligation; null when a one-off report is for another period. */
export function dueForPeriod(
  frequency: Frequency,
  days: readonly string[],
  type: PeriodType,
  start: string,
): string | null {
  if (frequency === 'once') {
    const due = days[0] ?? '';
    return /^\d{4}-\d{2}-\d{2}$/.test(due) && periodStart(type, due) === start ? due : null;
  }
  return dueDateOf(frequency, days, start);
}
