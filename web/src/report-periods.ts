/**
 * Reporting periods on the client: the choices offered for a form's period type, and their labels
 * in either language (the server's periods.ts gives the same Vietnamese labels).
 */
import type { PeriodType } from './api/report-types.ts';
import type { Lang } from './i18n.ts';

const SPAN: Record<PeriodType, number> = { monthly: 1, quarterly: 3, semiannual: 6, annual: 12 };
const pad = (n: number) => String(n).padStart(2, '0');

/** Period starts from the current one back over `years` years, newest first. */
export function periodChoices(type: PeriodType, today: string, years = 3): string[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const span = SPAN[type];
  const out: string[] = [];
  let year = y;
  let month = Math.floor((m - 1) / span) * span + 1;
  while (year > y - years) {
    out.push(`${year}-${pad(month)}-01`);
    month -= span;
    if (month < 1) {
      month += 12;
      year -= 1;
    }
  }
  return out;
}

/** The period that was most recently finished on `today` (what is due to be reported now). */
export function lastFinished(type: PeriodType, today: string): string {
  const choices = periodChoices(type, today, 2);
  return choices[1] ?? choices[0] ?? today;
}

export function periodName(type: PeriodType, start: string, lang: Lang): string {
  const [y, m] = start.split('-').map(Number) as [number, number];
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
