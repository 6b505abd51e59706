/**
 * The dates of a case cannot be in the future: a detection date of 25/12/2027 would drop the case
 * out of this year's statistics and go out in the rapid report. "Today" is the configured time
 * zone's (the Clock's today()); the intake date is the day the case is recorded, never later.
 */
import { AppError, type ErrorDetail } from '../../core/errors/app-error.ts';

export function refuseFutureCaseDates(
  today: string,
  dates: { detectedOn?: string | null | undefined; incidentOn?: string | null | undefined },
): void {
  const problems: ErrorDetail[] = [];
  // ISO dates (YYYY-MM-DD, checked by the schema) compare as strings.
  for (const [field, label] of [
    ['detectedOn', 'Ngày phát hiện'],
    ['incidentOn', 'Ngày xảy ra'],
  ] as const) {
    const value = dates[field];
    if (value && value > today)
      problems.push({
        path: field,
        message: `${label} không thể sau ngày hôm nay.`,
        messageEn: `The date cannot be later than today (${today}).`,
      });
  }
  if (problems.length > 0) throw new AppError('CASE_DATE_IN_FUTURE', problems);
}
