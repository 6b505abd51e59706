/** Vietnamese date phrases: "11/3/2022", "ngày 11 tháng 3 năm 2022", "ngày tháng 03 năm 2020". */
export interface PartialDate {
  day: number | null;
  month: number | null;
  year: number | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO date when complete, otherwise "--MM-DD" (recurring) or null. */
export function isoDate(d: PartialDate): string | null {
  if (d.day && d.month && d.year) return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
  if (d.day && d.month) return `--${pad(d.month)}-${pad(d.day)}`;
  return null;
}

export function validDayMonth(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

export function parseSlashDate(s: string): PartialDate | null {
  const m = /(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?/.exec(s);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (!validDayMonth(day, month)) return null;
  return { day, month, year: m[3] ? Number(m[3]) : null };
}

export function parseWordDate(s: string): PartialDate | null {
  const m = /ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})/i.exec(s);
  if (!m) return null;
  return { day: m[1] ? Number(m[1]) : null, month: m[2] ? Number(m[2]) : null, year: Number(m[3]) };
}
