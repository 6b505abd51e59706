import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../core/errors/app-error.ts';
import type { AppDeps } from '../../core/http/deps.ts';
import { requireActor } from '../../core/http/request-context.ts';
import { SESSION_COOKIE, clientInfo, setSessionCookie } from './auth.hook.ts';
import {
  ZChangePasswordRequestSchema,
  ZLoginRequestSchema,
  ZMaybeSessionResponseSchema,
  ZOkResponseSchema,
  ZSessionResponseSchema,
} from './auth.schema.ts';
import { AuthService } from './auth.service.ts';

export function authRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const service = () => new AuthService(deps.db, deps.config, deps.clock);

    app.post(
      '/auth/login',
      { schema: { tags: ['auth'], body: ZLoginRequestSchema, response: { 200: ZSessionResponseSchema } } },
      async (req, reply) => {
        const session = await service().login(
          req.body.username,
          req.body.password,
          clientInfo(req),
          req.cookies[SESSION_COOKIE],
        );
        setSessionCookie(reply, deps, session.token);
        return { user: session.user, csrfToken: session.csrfToken };
      },
    );

    app.post(
      '/auth/password',
      {
        schema: {
          tags: ['auth'],
          body: ZChangePasswordRequestSchema,
          response: { 200: ZSessionResponseSchema },
        },
      },
      async (req, reply) => {
        const { currentPassword, newPassword } = req.body;
        const session = await service().changePassword(
          requireActor(req),
          currentPassword,
          newPassword,
          clientInfo(req),
        );
        setSessionCookie(reply, deps, session.token);
        return { user: session.user, csrfToken: session.csrfToken };
      },
    );

    app.post(
      '/auth/logout',
      { schema: { tags: ['auth'], response: { 200: ZOkResponseSchema } } },
      async (req, reply) => {
        const token = req.cookies[SESSION_COOKIE];
        if (token) await service().logout(token, requireActor(req));
        void reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { ok: true as const };
      },
    );

    app.get(
      '/auth/me',
      { schema: { tags: ['auth'], response: { 200: ZSessionResponseSchema } } },
      async (req) => {
        const actor = requireActor(req);
        if (actor.userId === null || !req.sessionCsrf) throw new AppError('AUTH_REQUIRED');
        return { user: await service().me(deps.db, actor.userId), csrfToken: req.sessionCsrf };
      },
    );

    // The web app's check on start: signed out is an answer, not an error (a 401 here would be
    // logged by the browser as a failed request on every first visit). /auth/me keeps its 401.
    app.get(
      '/auth/session',
      { schema: { tags: ['auth'], response: { 200: ZMaybeSessionResponseSchema } } },
      async (req) => {
        const userId = req.actor?.userId ?? null;
        if (userId === null || !req.sessionCsrf) return { user: null, csrfToken: null };
        return { user: await service().me(deps.db, userId), csrfToken: req.sessionCsrf };
      },
    );
  };
}
