import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../core/http/deps.ts';
import { requireActor } from '../../core/http/request-context.ts';
import {
  ZEmailFailureIdParamsSchema,
  ZEmailFailuresResponseSchema,
  ZEmailRetryResponseSchema,
} from './email-failures.schema.ts';
import { EmailFailuresService } from './email-failures.service.ts';
import { createMailer } from './mailer.ts';

/** Reminder e-mails that did not go (administrators), and sending one again now. */
export function emailFailuresRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const service = () => new EmailFailuresService(deps.db, deps.clock, deps.config.reminders.emailMaxTries);
    const tags = ['notifications'];
    app.get(
      '/email-failures',
      { schema: { tags, response: { 200: ZEmailFailuresResponseSchema } } },
      async (req) => service().list(requireActor(req)),
    );
    app.post(
      '/email-failures/:id/retry',
      { schema: { tags, params: ZEmailFailureIdParamsSchema, response: { 200: ZEmailRetryResponseSchema } } },
      async (req) => {
        const mailer = createMailer(deps.config.smtp);
        try {
          return await service().retry(requireActor(req), req.params.id, mailer);
        } finally {
          mailer?.close();
        }
      },
    );
  };
}
