/**
 * Per-request session resolution and CSRF protection. The session cookie is HttpOnly and
 * SameSite=Lax; every state-changing API call must also carry the session's CSRF token in the
 * `x-csrf-token` header (sign-in and first setup carry none: they have no session yet, and
 * their JSON-only bodies cannot be sent by a cross-site form).
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors/app-error.ts';
import type { AppDeps } from '../../core/http/deps.ts';
import { AuthService, type ClientInfo } from './auth.service.ts';

export const SESSION_COOKIE = 'bd_session';
/** Sent by the web app on its own refreshes (web/src/api/client.ts `api.poll`). */
export const BACKGROUND_HEADER = 'x-binhdang-background';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const NO_CSRF = new Set(['/api/v1/auth/login', '/api/v1/setup']);

export function clientInfo(request: FastifyRequest): ClientInfo {
  const ua = request.headers['user-agent'];
  return {
    ip: request.ip,
    userAgent: ua ? ua.slice(0, 300) : null,
    requestId: request.id,
    background: request.headers[BACKGROUND_HEADER] === '1',
  };
}

function sameToken(a: string, b: string): boolean {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && timingSafeEqual(ba, bb);
}

export function setSessionCookie(reply: FastifyReply, deps: AppDeps, token: string): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.cookieSecure,
    path: '/',
    maxAge: deps.config.sessionTtlHours * 3600,
  });
}

export function registerSessionHook(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionCsrf', null);
  // preValidation: who is calling is settled before the body is checked, so an anonymous or
  // cross-site write gets 401/403 and never a validation answer describing the expected body.
  app.addHook('preValidation', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const session = await new AuthService(deps.db, deps.config, deps.clock).resolveSession(
        token,
        clientInfo(request),
      );
      if (session) {
        request.actor = session.actor;
        request.sessionCsrf = session.csrfToken;
      }
    }
    const path = request.url.split('?')[0] ?? '';
    if (UNSAFE.has(request.method) && !NO_CSRF.has(path)) {
      if (!request.actor) throw new AppError('AUTH_REQUIRED');
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !request.sessionCsrf || !sameToken(header, request.sessionCsrf)) {
        throw new AppError('CSRF_TOKEN_INVALID');
      }
    }
  });
}
