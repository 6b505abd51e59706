import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../core/http/deps.ts';
import { requireActor } from '../../core/http/request-context.ts';
import {
  ZNotificationIdParamsSchema,
  ZNotificationSettingsSchema,
  ZNotificationsResponseSchema,
} from './notifications.schema.ts';
import { NotificationsService } from './notifications.service.ts';

export function notificationsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const service = () => new NotificationsService(deps.db);
    const tags = ['notifications'];
    app.get(
      '/notifications',
      { schema: { tags, response: { 200: ZNotificationsResponseSchema } } },
      async (req) => service().list(requireActor(req)),
    );
    app.post(
      '/notifications/:id/read',
      { schema: { tags, params: ZNotificationIdParamsSchema } },
      async (req, reply) => {
        await service().markRead(requireActor(req), req.params.id);
        return reply.status(204).send();
      },
    );
    app.post('/notifications/read-all', { schema: { tags } }, async (req, reply) => {
      await service().markAllRead(requireActor(req));
      return reply.status(204).send();
    });
    app.get(
      '/me/notification-settings',
      { schema: { tags, response: { 200: ZNotificationSettingsSchema } } },
      async (req) => service().settings(requireActor(req)),
    );
    app.put(
      '/me/notification-settings',
      { schema: { tags, body: ZNotificationSettingsSchema, response: { 200: ZNotificationSettingsSchema } } },
      async (req) => service().saveSettings(requireActor(req), req.body),
    );
  };
}
