/** Recognising database errors that have a meaning for users (same codes on PostgreSQL and PGlite). */

/** A UNIQUE or PRIMARY KEY constraint refused the row (SQLSTATE 23505). */
export const isUniqueViolation = (err: unknown): boolean =>
  (err as { code?: string } | null)?.code === '23505';
