import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../core/http/deps.ts';
import { requireActor } from '../../core/http/request-context.ts';
import {
  ZActivityIdParamsSchema,
  ZActivityInputSchema,
  ZActivitySchema,
  ZAttachmentParamsSchema,
  ZAttachmentRequestSchema,
  ZCalendarRequestSchema,
  ZCalendarResponseSchema,
  ZCampaignRequestSchema,
  ZListActivitiesRequestSchema,
  ZSuggestedValuesResponseSchema,
} from './activities.schema.ts';
import { ActivitiesService } from './activities.service.ts';
import { ActivityCalendarService } from './activity-calendar.service.ts';
import { ActivityReportService } from './activity-report.service.ts';

export function activitiesRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const service = () => new ActivitiesService(deps.db);
    const tags = ['activities'];
    const one = { 200: z.object({ activity: ZActivitySchema }) };
    app.get(
      '/activities',
      {
        schema: {
          tags,
          querystring: ZListActivitiesRequestSchema,
          response: { 200: z.object({ items: z.array(ZActivitySchema) }) },
        },
      },
      async (req) => ({
        items: await service().list(requireActor(req), {
          ...req.query,
          ids: req.query.ids?.split(',').map(Number),
        }),
      }),
    );
    app.post(
      '/activities',
      { schema: { tags, body: ZActivityInputSchema, response: { 201: one[200] } } },
      async (req, reply) =>
        reply.status(201).send({ activity: await service().create(requireActor(req), req.body) }),
    );
    app.get(
      '/activities/:id',
      { schema: { tags, params: ZActivityIdParamsSchema, response: one } },
      async (req) => ({
        activity: await service().get(requireActor(req), req.params.id),
      }),
    );
    app.put(
      '/activities/:id',
      { schema: { tags, params: ZActivityIdParamsSchema, body: ZActivityInputSchema, response: one } },
      async (req) => ({
        activity: await service().update(requireActor(req), req.params.id, req.body),
      }),
    );
    app.delete(
      '/activities/:id',
      { schema: { tags, params: ZActivityIdParamsSchema } },
      async (req, reply) => {
        await service().remove(requireActor(req), req.params.id);
        return reply.status(204).send();
      },
    );
    app.post(
      '/activities/:id/attachments',
      {
        bodyLimit: 15 * 1024 * 1024,
        schema: { tags, params: ZActivityIdParamsSchema, body: ZAttachmentRequestSchema, response: one },
      },
      async (req) => ({
        activity: await service().attach(
          requireActor(req),
          req.params.id,
          req.body.fileName,
          req.body.contentBase64,
        ),
      }),
    );
    app.get(
      '/activities/:id/attachments/:attachmentId',
      { schema: { tags, params: ZAttachmentParamsSchema } },
      async (req, reply) => {
        const a = await service().attachment(requireActor(req), req.params.id, req.params.attachmentId);
        return reply
          .header('content-type', a.media_type)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(a.file_name)}`)
          .header('x-content-type-options', 'nosniff')
          .send(a.content);
      },
    );
    app.get(
      '/reports/:id/activity-values',
      {
        schema: { tags, params: ZActivityIdParamsSchema, response: { 200: ZSuggestedValuesResponseSchema } },
      },
      async (req) => ({
        items: await new ActivityReportService(deps.db, deps.clock).suggestedValues(
          requireActor(req),
          req.params.id,
        ),
      }),
    );
    app.get(
      '/calendar',
      { schema: { tags, querystring: ZCalendarRequestSchema, response: { 200: ZCalendarResponseSchema } } },
      async (req) => ({
        items: await new ActivityCalendarService(deps.db).calendar(requireActor(req), req.query),
      }),
    );
    app.get(
      '/campaigns',
      {
        schema: {
          tags,
          querystring: z.object({ unitId: z.coerce.number().int().positive().optional() }),
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  id: z.number().int(),
                  name: z.string(),
                  startsOn: z.string(),
                  endsOn: z.string().nullable(),
                  recurring: z.boolean(),
                }),
              ),
            }),
          },
        },
      },
      async (req) => ({
        items: await new ActivityCalendarService(deps.db).campaigns(requireActor(req), req.query.unitId),
      }),
    );
    app.post(
      '/campaigns',
      {
        schema: { tags, body: ZCampaignRequestSchema, response: { 201: z.object({ id: z.number().int() }) } },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send({ id: await new ActivityCalendarService(deps.db).addCampaign(requireActor(req), req.body) }),
    );
  };
}
