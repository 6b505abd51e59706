/**
 * The deadline rule, in one place (docs/ARCHITECTURE.md, "Time"): a report or task due on day D
 * ("trước ngày D", "chậm nhất ngày D") is on time when it is done on day D or earlier in the
 * configured zone — up to 23:59:59.999 local time on D. Not done yet, it is late from 00:00 local
 * of D + 1.
 */
import { civilDate, type Clock } from './clock.ts';

/** Late: done after its due day, or not done and the due day has passed. No due date: never late. */
export function isLate(dueDate: string | null, doneAt: Date | string | null, clock: Clock): boolean {
  if (dueDate === null) return false;
  if (doneAt !== null) return civilDate(new Date(doneAt).getTime(), clock.timeZone) > dueDate;
  return clock.today() > dueDate;
}

/** Overdue now: a due date before today (in the zone). */
export const isOverdue = (dueDate: string | null, clock: Clock): boolean =>
  dueDate !== null && clock.today() > dueDate;
