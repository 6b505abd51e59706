import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../core/http/deps.ts';
import { requireActor } from '../../core/http/request-context.ts';
import { ObligationDueService } from './obligation-due.service.ts';
import { ObligationSuggestService } from './obligation-suggest.service.ts';
import {
  ZCreateObligationRequestSchema,
  ZDueResponseSchema,
  ZListObligationsRequestSchema,
  ZListObligationsResponseSchema,
  ZObligationIdParamsSchema,
  ZObligationResponseSchema,
  ZSuggestionsRequestSchema,
  ZSuggestionsResponseSchema,
  ZUpdateObligationRequestSchema,
} from './obligations.schema.ts';
import { ObligationsService } from './obligations.service.ts';
import { z } from 'zod';

export function obligationsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const service = () => new ObligationsService(deps.db, deps.clock);
    const tags = ['reporting obligations'];
    app.get(
      '/obligations',
      {
        schema: {
          tags,
          querystring: ZListObligationsRequestSchema,
          response: { 200: ZListObligationsResponseSchema },
        },
      },
      async (req) => ({ items: await service().list(requireActor(req), req.query) }),
    );
    app.post(
      '/obligations',
      {
        schema: { tags, body: ZCreateObligationRequestSchema, response: { 201: ZObligationResponseSchema } },
      },
      async (req, reply) =>
        reply.status(201).send({ obligation: await service().create(requireActor(req), req.body) }),
    );
    app.get(
      '/obligations/due',
      {
        schema: {
          tags,
          querystring: z.object({ unitId: z.coerce.number().int().positive().optional() }),
          response: { 200: ZDueResponseSchema },
        },
      },
      async (req) => ({
        items: await new ObligationDueService(deps.db, deps.clock).due(requireActor(req), req.query),
      }),
    );
    app.get(
      '/obligations/suggestions',
      {
        schema: {
          tags,
          querystring: ZSuggestionsRequestSchema,
          response: { 200: ZSuggestionsResponseSchema },
        },
      },
      async (req) =>
        new ObligationSuggestService(deps.db, deps.clock).suggest(requireActor(req), req.query.planId),
    );
    app.patch(
      '/obligations/:id',
      {
        schema: {
          tags,
          params: ZObligationIdParamsSchema,
          body: ZUpdateObligationRequestSchema,
          response: { 200: ZObligationResponseSchema },
        },
      },
      async (req) => ({
        obligation: await service().update(requireActor(req), req.params.id, req.body),
      }),
    );
  };
}
