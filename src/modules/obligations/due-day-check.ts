/**
 * Days of the year that never exist. A yearly or six-monthly due day "31/02", "30/02", "31/04",
 * "31/06", "31/09" or "31/11" is refused, naming the day and why — it was once saved and quietly
 * moved to the month's last day. "29/02" is allowed: in a year without it the report is due on
 * the last day of February, 28/02 (obligation-schedule.ts). A monthly or quarterly due day "31"
 * stays: it is how plans write "the end of the month" and means the month's last day (30/04,
 * 28/02 …). Plain code, shared with the web form (web/src/due-days.ts).
 */

/** The most days each month has (February: 29, in a leap year). */
export const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Why day `day` of month `month` (1-based) never exists, as [Vietnamese, English]; null if it can. */
export function impossibleDay(month: number, day: number): [string, string] | null {
  const most = MONTH_DAYS[month - 1];
  if (most === undefined || day < 1 || day <= most) return null;
  const dm = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}`;
  const has = month === 2 ? '28 hoặc 29' : String(most);
  const hasEn = month === 2 ? '28 or 29' : String(most);
  return [
    `Không có ngày ${dm}: tháng ${month} chỉ có ${has} ngày.`,
    `There is no ${dm}: month ${month} has only ${hasEn} days.`,
  ];
}

/** The first stored 'MM-DD' due day that never exists, with why; null when all can. */
export function impossibleDueDay(days: readonly string[]): { day: string; message: [string, string] } | null {
  for (const d of days) {
    const m = /^(\d{2})-(\d{2})$/.exec(d);
    const why = m ? impossibleDay(Number(m[1]), Number(m[2])) : null;
    if (why) return { day: d, message: why };
  }
  return null;
}
