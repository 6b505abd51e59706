import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../core/http/deps.ts';
import { clientInfo, setSessionCookie } from '../auth/auth.hook.ts';
import { ZSessionResponseSchema } from '../auth/auth.schema.ts';
import { ZCompleteSetupRequestSchema, ZSetupStatusResponseSchema } from './setup.schema.ts';
import { SetupService } from './setup.service.ts';

export function setupRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const service = () => new SetupService(deps.db, deps.config, deps.clock);
    app.get(
      '/setup/status',
      { schema: { tags: ['setup'], response: { 200: ZSetupStatusResponseSchema } } },
      async () => ({
        needsSetup: await service().needsSetup(),
      }),
    );
    app.post(
      '/setup',
      {
        schema: {
          tags: ['setup'],
          body: ZCompleteSetupRequestSchema,
          response: { 200: ZSessionResponseSchema },
        },
      },
      async (req, reply) => {
        const session = await service().complete(req.body, clientInfo(req));
        setSessionCookie(reply, deps, session.token);
        return { user: session.user, csrfToken: session.csrfToken };
      },
    );
  };
}
