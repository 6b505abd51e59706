/** Reminder e-mails that did not go, as /api/v1/email-failures serves them (for administrators). */
export type {
  TEmailFailure as EmailFailure,
  TEmailFailuresResponse as EmailFailureList,
  TEmailRetryResponse as EmailRetry,
} from '../../../src/modules/reminders/email-failures.schema.ts';
