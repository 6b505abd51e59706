/**
 * Due days as users type them and the API stores them (src/modules/obligations/obligation-schedule.ts):
 * "15/10" ⇄ '10-15' (annual), "05/5 và 20/11" ⇄ ['05-05', '11-20'] (six-monthly), "20" ⇄ '20'
 * (monthly, quarterly: a day of the month; "31" is the month's last day), "01/12/2024" ⇄
 * '2024-12-01' (once). A yearly day that never exists (31/02, 31/06 …) is refused, with why.
 */
import { impossibleDueDay } from '../../src/modules/obligations/due-day-check.ts';
import type { Frequency } from './api/report-types.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** The stored due days of a frequency from what was typed; null when it cannot be read. */
export function parseDueDays(frequency: Frequency, input: string): string[] | null {
  const days = readDueDays(frequency, input);
  return days && !(frequency !== 'once' && impossibleDueDay(days)) ? days : null;
}

/** Why a typed yearly due day never exists ("Không có ngày 31/02 …"), as [Vietnamese, English]. */
export function impossibleTypedDay(frequency: Frequency, input: string): [string, string] | null {
  const days = frequency === 'once' ? null : readDueDays(frequency, input);
  return days ? (impossibleDueDay(days)?.message ?? null) : null;
}

function readDueDays(frequency: Frequency, input: string): string[] | null {
  const parts = input
    .split(/\s*[,;]\s*|\s+(?:và|and)\s+/i)
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  const out: string[] = [];
  for (const p of parts) {
    if (frequency === 'monthly' || frequency === 'quarterly') {
      if (!/^\d{1,2}$/.test(p) || Number(p) < 1 || Number(p) > 31) return null;
      out.push(String(Number(p)));
    } else if (frequency === 'once') {
      const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(p);
      if (!m) return null;
      out.push(`${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`);
    } else {
      const m = /^(\d{1,2})\/(\d{1,2})$/.exec(p);
      if (!m || Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[1]) < 1 || Number(m[1]) > 31) return null;
      out.push(`${pad(Number(m[2]))}-${pad(Number(m[1]))}`);
    }
  }
  return out.length <= (frequency === 'semiannual' ? 2 : 1) ? out : null;
}

/** The stored due days as users write them. */
export function formatDueDays(days: string[]): string {
  return days
    .map((d) => {
      const once = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
      if (once) return `${once[3]}/${once[2]}/${once[1]}`;
      const md = /^(\d{2})-(\d{2})$/.exec(d);
      if (md) return `${md[2]}/${md[1]}`;
      return d;
    })
    .join(' và ');
}
