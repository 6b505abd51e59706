/** ISO calendar dates (YYYY-MM-DD): the civil-date arithmetic lives with the clock (core/clock). */
export { addDays } from '../clock/clock.ts';
