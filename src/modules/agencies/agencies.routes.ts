import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../core/http/deps.ts';
import { requireActor } from '../../core/http/request-context.ts';
import {
  ZAgencyIdParamsSchema,
  ZAgencyResponseSchema,
  ZCreateAgencyRequestSchema,
  ZListAgenciesRequestSchema,
  ZListAgenciesResponseSchema,
  ZUpdateAgencyRequestSchema,
} from './agencies.schema.ts';
import { AgenciesService } from './agencies.service.ts';

export function agenciesRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const service = () => new AgenciesService(deps.db);
    const tags = ['agencies'];
    app.get(
      '/agencies',
      {
        schema: {
          tags,
          querystring: ZListAgenciesRequestSchema,
          response: { 200: ZListAgenciesResponseSchema },
        },
      },
      async (req) => ({ items: await service().list(requireActor(req), req.query) }),
    );
    app.post(
      '/agencies',
      { schema: { tags, body: ZCreateAgencyRequestSchema, response: { 201: ZAgencyResponseSchema } } },
      async (req, reply) =>
        reply.status(201).send({ agency: await service().create(requireActor(req), req.body) }),
    );
    app.patch(
      '/agencies/:id',
      {
        schema: {
          tags,
          params: ZAgencyIdParamsSchema,
          body: ZUpdateAgencyRequestSchema,
          response: { 200: ZAgencyResponseSchema },
        },
      },
      async (req) => ({ agency: await service().update(requireActor(req), req.params.id, req.body) }),
    );
  };
}
