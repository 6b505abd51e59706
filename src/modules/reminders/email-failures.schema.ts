import { z } from 'zod';
import { EMAIL_KINDS } from '../../core/db/schema-reminders.ts';

/** How an e-mail stands: retrying (a try failed, another is due), failed (given up), or the outcome of a retry. */
export const EMAIL_FAILURE_STATES = ['retrying', 'failed', 'sent', 'pending', 'cancelled'] as const;

export const ZEmailFailureSchema = z.object({
  id: z.number().int(),
  /** reminder: reminders at once; digest: the daily digest; staff_alert: alerts about case staff. */
  kind: z.enum(EMAIL_KINDS),
  state: z.enum(EMAIL_FAILURE_STATES),
  recipient: z.object({ id: z.number().int(), username: z.string(), fullName: z.string() }),
  /** How many notifications the e-mail carries. */
  items: z.number().int(),
  tries: z.number().int(),
  maxTries: z.number().int(),
  /** When the next automatic try is due; null when none is (failed, sent, cancelled). */
  nextAttemptAt: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  /** The SMTP server's error of the last try, addresses masked; never the e-mail's text. */
  lastError: z.string().nullable(),
  createdAt: z.string(),
});
export type TEmailFailure = z.infer<typeof ZEmailFailureSchema>;

export const ZEmailFailuresResponseSchema = z.object({ items: z.array(ZEmailFailureSchema) });
export type TEmailFailuresResponse = z.infer<typeof ZEmailFailuresResponseSchema>;

export const ZEmailFailureIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });

export const ZEmailRetryResponseSchema = z.object({ email: ZEmailFailureSchema });
export type TEmailRetryResponse = z.infer<typeof ZEmailRetryResponseSchema>;
