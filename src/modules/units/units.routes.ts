import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../core/http/deps.ts';
import { requireActor } from '../../core/http/request-context.ts';
import {
  ZGetUnitResponseSchema,
  ZSearchUnitsRequestSchema,
  ZSearchUnitsResponseSchema,
  ZUnitIdParamsSchema,
  ZUnitLineageResponseSchema,
  ZUnitListResponseSchema,
  ZUnitOnDateRequestSchema,
  ZUnitOnDateResponseSchema,
} from './units.schema.ts';
import { UnitsService } from './units.service.ts';

export function unitsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const service = () => new UnitsService(deps.db);
    const tags = ['units'];

    app.get(
      '/units',
      {
        schema: {
          tags,
          querystring: ZSearchUnitsRequestSchema,
          response: { 200: ZSearchUnitsResponseSchema },
        },
      },
      async (req) => ({ items: await service().search(requireActor(req), req.query) }),
    );
    app.get(
      '/units/:id',
      { schema: { tags, params: ZUnitIdParamsSchema, response: { 200: ZGetUnitResponseSchema } } },
      async (req) => service().get(requireActor(req), req.params.id),
    );
    app.get(
      '/units/:id/children',
      { schema: { tags, params: ZUnitIdParamsSchema, response: { 200: ZUnitListResponseSchema } } },
      async (req) => ({ items: await service().children(requireActor(req), req.params.id) }),
    );
    app.get(
      '/units/:id/lineage',
      { schema: { tags, params: ZUnitIdParamsSchema, response: { 200: ZUnitLineageResponseSchema } } },
      async (req) => service().lineage(requireActor(req), req.params.id),
    );
    app.get(
      '/units/:id/on',
      {
        schema: {
          tags,
          params: ZUnitIdParamsSchema,
          querystring: ZUnitOnDateRequestSchema,
          response: { 200: ZUnitOnDateResponseSchema },
        },
      },
      async (req) => ({
        date: req.query.date,
        units: await service().onDate(requireActor(req), req.params.id, req.query.date),
      }),
    );
  };
}
