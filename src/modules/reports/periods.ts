/**
 * Reporting periods (kỳ báo cáo): a period type and the ISO date it starts on. Calendar periods:
 * months, quarters, halves (6 tháng đầu năm / cuối năm), years. Pure functions, ISO dates (YYYY-MM-DD).
 */
export const PERIOD_TYPES = ['monthly', 'quarterly', 'semiannual', 'annual'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

const MONTHS: Record<PeriodType, number> = { monthly: 1, quarterly: 3, semiannual: 6, annual: 12 };

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function parts(date: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`not an ISO date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** The start of the period of this type that contains the date. */
export function periodStart(type: PeriodType, date: string): string {
  const [y, m] = parts(date);
  const span = MONTHS[type];
  const first = Math.floor((m - 1) / span) * span + 1;
  return iso(y, first, 1);
}

/** Whether a date is the first day of a period of this type. */
export function isPeriodStart(type: PeriodType, date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && periodStart(type, date) === date;
}

/** The last day of the period that starts on `start`. */
export function periodEnd(type: PeriodType, start: string): string {
  const [y, m] = parts(start);
  const last = new Date(Date.UTC(y, m - 1 + MONTHS[type], 0));
  return iso(last.getUTCFullYear(), last.getUTCMonth() + 1, last.getUTCDate());
}

/** The start of the next period. */
export function nextPeriod(type: PeriodType, start: string): string {
  const [y, m] = parts(start);
  const next = new Date(Date.UTC(y, m - 1 + MONTHS[type], 1));
  return iso(next.getUTCFullYear(), next.getUTCMonth() + 1, 1);
}

/** The starts of the periods that overlap [from, to], in order (at most `limit`). */
export function periodsBetween(type: PeriodType, from: string, to: string, limit = 1000): string[] {
  const out: string[] = [];
  for (let p = periodStart(type, from); p <= to && out.length < limit; p = nextPeriod(type, p)) out.push(p);
  return out;
}

/** "Tháng 3/2025", "Quý I/2025", "6 tháng đầu năm 2025", "Năm 2025" (and English). */
export function periodLabel(type: PeriodType, start: string, lang: 'vi' | 'en' = 'vi'): string {
  const [y, m] = parts(start);
  const roman = ['I', 'II', 'III', 'IV'];
  if (lang === 'en') {
    if (type === 'monthly') return `${y}-${pad(m)}`;
    if (type === 'quarterly') return `Q${Math.ceil(m / 3)} ${y}`;
    if (type === 'semiannual') return `${m <= 6 ? 'First' : 'Second'} half of ${y}`;
    return String(y);
  }
  if (type === 'monthly') return `Tháng ${m}/${y}`;
  if (type === 'quarterly') return `Quý ${roman[Math.ceil(m / 3) - 1] ?? ''}/${y}`;
  if (type === 'semiannual') return `6 tháng ${m <= 6 ? 'đầu' : 'cuối'} năm ${y}`;
  return `Năm ${y}`;
}
