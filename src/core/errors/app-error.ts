import { ERROR_CATALOGUE, type ErrorCode } from './catalogue.ts';

/**
 * One problem of a request, at `path`. `message` is Vietnamese; `messageEn` its English when the
 * server wrote one; `code` and `params` (a schema check's issue code and its limit) let the web
 * compose the message in either language instead of showing the validator's own wording.
 */
export interface ErrorDetail {
  path: string;
  message: string;
  messageEn?: string;
  code?: string;
  params?: Record<string, string | number>;
}

/** An expected failure: carries a catalogue code; the HTTP layer turns it into a response. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly details?: ErrorDetail[],
  ) {
    super(ERROR_CATALOGUE[code].en);
    this.name = 'AppError';
    this.status = ERROR_CATALOGUE[code].status;
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
