import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../core/http/deps.ts';
import { requireActor } from '../../core/http/request-context.ts';
import { ZListRapidReportsResponseSchema, ZRapidReportIdParamsSchema } from './rapid-reports.schema.ts';
import { RapidReportsService } from './rapid-reports.service.ts';

export function rapidReportsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['rapid reports'];
    app.get(
      '/rapid-reports',
      { schema: { tags, response: { 200: ZListRapidReportsResponseSchema } } },
      async (req) => ({
        items: await new RapidReportsService(deps.db, deps.clock).inbox(requireActor(req)),
      }),
    );
    app.post(
      '/rapid-reports/:id/acknowledge',
      {
        schema: {
          tags,
          params: ZRapidReportIdParamsSchema,
          response: { 200: z.object({ ok: z.literal(true) }) },
        },
      },
      async (req) => {
        await new RapidReportsService(deps.db, deps.clock).acknowledge(requireActor(req), req.params.id);
        return { ok: true as const };
      },
    );
  };
}
