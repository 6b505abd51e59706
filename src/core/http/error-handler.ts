/**
 * The one error handler: known errors become `{ error: { code, message, messageEn, requestId } }`
 * with the catalogue's status; anything else is logged (without request bodies) and becomes
 * INTERNAL_ERROR, never leaking internals.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorDetail } from '../errors/app-error.ts';
import { isDatabaseUnavailable } from '../db/errors.ts';
import { ERROR_CATALOGUE, type ErrorCode } from '../errors/catalogue.ts';

/** However many problems a request had, a response names at most this many (each message bounded). */
const MAX_DETAILS = 200;
const MAX_DETAIL_CHARS = 500;
const clip = (s: string) => (s.length > MAX_DETAIL_CHARS ? `${s.slice(0, MAX_DETAIL_CHARS)}…` : s);

export function errorBody(code: ErrorCode, requestId: string, rawDetails?: ErrorDetail[]) {
  const entry = ERROR_CATALOGUE[code];
  const details = rawDetails?.slice(0, MAX_DETAILS).map((d) => ({
    ...d,
    path: clip(d.path),
    message: clip(d.message),
    ...(d.messageEn !== undefined ? { messageEn: clip(d.messageEn) } : {}),
  }));
  return {
    error: { code, message: entry.vi, messageEn: entry.en, requestId, ...(details ? { details } : {}) },
  };
}

/** The limit a schema check names (minimum, maximum, origin…), for the web to compose its message. */
function issueParams(params: unknown): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  if (typeof params !== 'object' || params === null) return out;
  for (const k of ['minimum', 'maximum', 'origin', 'expected', 'format'] as const) {
    const v = (params as Record<string, unknown>)[k];
    if (typeof v === 'string' || typeof v === 'number') out[k] = v;
    else if (typeof v === 'bigint') out[k] = Number(v);
  }
  return out;
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.status).send(errorBody(err.code, request.id, err.details));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        path: `${err.validationContext ?? ''}${v.instancePath.replace(/\//g, '.')}`,
        message: v.message ?? 'invalid',
        code: v.keyword,
        params: issueParams(v.params),
      }));
      return reply.status(400).send(errorBody('VALIDATION_FAILED', request.id, details));
    }
    if (
      err.statusCode === 400 ||
      err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ||
      err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
    ) {
      return reply
        .status(400)
        .send(errorBody('VALIDATION_FAILED', request.id, [{ path: 'body', message: err.message }]));
    }
    if (err.statusCode === 413) {
      return reply
        .status(413)
        .send(errorBody('VALIDATION_FAILED', request.id, [{ path: 'body', message: 'too large' }]));
    }
    // PostgreSQL refuses a NUL character in text (22021, or 22P05 once converted): the request's fault.
    if (err.code === '22021' || err.code === '22P05') {
      return reply
        .status(400)
        .send(errorBody('VALIDATION_FAILED', request.id, [{ path: '', message: 'NUL character in text' }]));
    }
    // @fastify/static refuses a path climbing out of its folder ("/..%2f..%2fetc%2fpasswd",
    // "/assets/..%5c…") with a 403 of its own: to the client that is a file not there, like any other.
    if ((err.statusCode === 403 || err.statusCode === 404) && !request.url.startsWith('/api/')) {
      return reply.status(404).send(errorBody('NOT_FOUND', request.id));
    }
    if (isDatabaseUnavailable(err)) {
      request.log.warn({ err: { code: err.code } }, 'database unavailable');
      return reply.status(503).header('retry-after', '5').send(errorBody('DATABASE_UNAVAILABLE', request.id));
    }
    request.log.error({ err: { message: err.message, code: err.code, stack: err.stack } }, 'unhandled error');
    return reply.status(500).send(errorBody('INTERNAL_ERROR', request.id));
  });
}
