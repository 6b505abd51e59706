import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../core/http/deps.ts';
import { requireActor } from '../../core/http/request-context.ts';
import { IndicatorValuesService } from './indicator-values.service.ts';
import {
  ZByUnitRequestSchema,
  ZByUnitResponseSchema,
  ZIndicatorIdParamsSchema,
  ZIndicatorResponseSchema,
  ZListIndicatorsRequestSchema,
  ZListIndicatorsResponseSchema,
  ZListProgrammesResponseSchema,
  ZSeriesRequestSchema,
  ZSeriesResponseSchema,
  ZSetTargetRequestSchema,
  ZTargetParamsSchema,
  ZUpdateIndicatorRequestSchema,
  ZValuesRequestSchema,
  ZValuesResponseSchema,
} from './indicators.schema.ts';
import { IndicatorsService } from './indicators.service.ts';

export function indicatorsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const service = () => new IndicatorsService(deps.db);
    const values = () => new IndicatorValuesService(deps.db, deps.config.disclosureMinCount);
    const tags = ['indicators'];
    app.get(
      '/programmes',
      { schema: { tags, response: { 200: ZListProgrammesResponseSchema } } },
      async (req) => {
        requireActor(req);
        return { items: await service().programmes() };
      },
    );
    app.get(
      '/indicators',
      {
        schema: {
          tags,
          querystring: ZListIndicatorsRequestSchema,
          response: { 200: ZListIndicatorsResponseSchema },
        },
      },
      async (req) => {
        requireActor(req);
        return { items: await service().list(req.query.programme) };
      },
    );
    app.get(
      '/indicators/values',
      { schema: { tags, querystring: ZValuesRequestSchema, response: { 200: ZValuesResponseSchema } } },
      async (req) => values().values(requireActor(req), req.query),
    );
    app.get(
      '/indicators/:id',
      { schema: { tags, params: ZIndicatorIdParamsSchema, response: { 200: ZIndicatorResponseSchema } } },
      async (req) => {
        requireActor(req);
        return { indicator: await service().get(req.params.id) };
      },
    );
    app.patch(
      '/indicators/:id',
      {
        schema: {
          tags,
          params: ZIndicatorIdParamsSchema,
          body: ZUpdateIndicatorRequestSchema,
          response: { 200: ZIndicatorResponseSchema },
        },
      },
      async (req) => ({ indicator: await service().update(requireActor(req), req.params.id, req.body) }),
    );
    app.put(
      '/indicators/:id/targets/:year',
      {
        schema: {
          tags,
          params: ZTargetParamsSchema,
          body: ZSetTargetRequestSchema,
          response: { 200: ZIndicatorResponseSchema },
        },
      },
      async (req) => ({
        indicator: await service().setTarget(requireActor(req), req.params.id, req.params.year, req.body),
      }),
    );
    app.get(
      '/indicators/:id/series',
      {
        schema: {
          tags,
          params: ZIndicatorIdParamsSchema,
          querystring: ZSeriesRequestSchema,
          response: { 200: ZSeriesResponseSchema },
        },
      },
      async (req) => values().series(requireActor(req), req.params.id, req.query),
    );
    app.get(
      '/indicators/:id/by-unit',
      {
        schema: {
          tags,
          params: ZIndicatorIdParamsSchema,
          querystring: ZByUnitRequestSchema,
          response: { 200: ZByUnitResponseSchema },
        },
      },
      async (req) => values().byUnit(requireActor(req), req.params.id, req.query),
    );
  };
}
