/** ISO calendar dates (YYYY-MM-DD, UTC) as the schedules and reminders count them. */

export const todayIso = (): string => new Date().toISOString().slice(0, 10);

export const addDays = (iso: string, n: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
