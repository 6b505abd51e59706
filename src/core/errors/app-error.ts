import { ERROR_CATALOGUE, type ErrorCode } from './catalogue.ts';

export interface ErrorDetail {
  path: string;
  message: string;
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
