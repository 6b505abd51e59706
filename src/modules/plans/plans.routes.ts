import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../core/http/deps.ts';
import { requireActor } from '../../core/http/request-context.ts';
import { planTextFromFile } from './plan-text.ts';
import {
  ZCreatePlanRequestSchema,
  ZListPlansRequestSchema,
  ZListPlansResponseSchema,
  ZParsePlanRequestSchema,
  ZParsePlanResponseSchema,
  ZAwaitingResponseSchema,
  ZCascadeResponseSchema,
  ZPlanActionRequestSchema,
  ZPlanIdParamsSchema,
  ZPlanResponseSchema,
} from './plans.schema.ts';
import { PlansService } from './plans.service.ts';

export function plansRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const service = () => new PlansService(deps.db, deps.clock);
    const tags = ['plans'];
    app.post(
      '/plans/parse',
      {
        bodyLimit: 20 * 1024 * 1024,
        schema: { tags, body: ZParsePlanRequestSchema, response: { 200: ZParsePlanResponseSchema } },
      },
      async (req) => {
        requireActor(req);
        const text =
          'text' in req.body
            ? req.body.text
            : await planTextFromFile(req.body.fileName, Buffer.from(req.body.contentBase64, 'base64'));
        return { parsed: { ...service().parse(text) }, text };
      },
    );
    app.get(
      '/plans',
      { schema: { tags, querystring: ZListPlansRequestSchema, response: { 200: ZListPlansResponseSchema } } },
      async (req) => ({ items: await service().list(requireActor(req), req.query) }),
    );
    app.post(
      '/plans',
      {
        bodyLimit: 4 * 1024 * 1024,
        schema: { tags, body: ZCreatePlanRequestSchema, response: { 201: ZPlanResponseSchema } },
      },
      async (req, reply) =>
        reply.status(201).send({ plan: await service().create(requireActor(req), req.body) }),
    );
    app.get(
      '/plans/:id',
      { schema: { tags, params: ZPlanIdParamsSchema, response: { 200: ZPlanResponseSchema } } },
      async (req) => ({ plan: await service().get(requireActor(req), req.params.id) }),
    );
    app.post(
      '/plans/:id/actions',
      {
        schema: {
          tags,
          params: ZPlanIdParamsSchema,
          body: ZPlanActionRequestSchema,
          response: { 200: ZPlanResponseSchema },
        },
      },
      async (req) => ({
        plan: await service().act(requireActor(req), req.params.id, req.body.action, req.body),
      }),
    );
    app.get(
      '/plans/:id/document.docx',
      { schema: { tags, params: ZPlanIdParamsSchema } },
      async (req, reply) => {
        const file = await service().exportDocx(requireActor(req), req.params.id);
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
          .send(file.content);
      },
    );
    app.get(
      '/plans/:id/cascade',
      { schema: { tags, params: ZPlanIdParamsSchema, response: { 200: ZCascadeResponseSchema } } },
      async (req) => service().cascade(requireActor(req), req.params.id),
    );
    app.get(
      '/plans/awaiting-answer',
      { schema: { tags, response: { 200: ZAwaitingResponseSchema } } },
      async (req) => ({
        items: await service().awaiting(requireActor(req)),
      }),
    );
  };
}
