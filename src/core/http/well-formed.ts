/**
 * Text that is not well-formed Unicode — a lone UTF-16 surrogate, which JSON can carry as "\ud800"
 * — cannot be stored (PostgreSQL refuses it as UTF-8) and would fail deep in the database as a 500.
 * One hook checks every string of every request's parsed body, query and params (keys included)
 * before validation and refuses the request with TEXT_NOT_WELL_FORMED (400), naming the path.
 * Text read out of uploaded files is checked where it is read (`assertWellFormed`).
 */
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.ts';

declare global {
  // ES2024, in Node 20; the project's lib is ES2022.
  interface String {
    isWellFormed(): boolean;
    toWellFormed(): string;
  }
}

/** Depth and count bounds: the body limit already bounds the size, this bounds the walk. */
const MAX_DEPTH = 64;

/** The path of the first ill-formed string (or key) in `value`, or null. */
export function illFormedPath(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return value.isWellFormed() ? null : path || '.';
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = illFormedPath(value[i], `${path}.${i}`, depth + 1);
      if (bad) return bad;
    }
    return null;
  }
  for (const [k, v] of Object.entries(value)) {
    if (!k.isWellFormed()) return `${path}.${k.toWellFormed()}`;
    const bad = illFormedPath(v, `${path}.${k}`, depth + 1);
    if (bad) return bad;
  }
  return null;
}

export function assertWellFormed(text: string, path: string): void {
  if (!text.isWellFormed())
    throw new AppError('TEXT_NOT_WELL_FORMED', [{ path, message: 'Ký tự Unicode không hợp lệ.' }]);
}

export function registerWellFormedText(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const [part, value] of [
      ['body', request.body],
      ['querystring', request.query],
      ['params', request.params],
    ] as const) {
      const bad = illFormedPath(value);
      if (bad)
        throw new AppError('TEXT_NOT_WELL_FORMED', [
          {
            path: `${part}${bad === '.' ? '' : bad}`,
            message: 'Ký tự Unicode không hợp lệ (nửa cặp thay thế).',
          },
        ]);
    }
  });
}
