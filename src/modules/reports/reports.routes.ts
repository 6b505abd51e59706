import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../core/http/deps.ts';
import { requireActor } from '../../core/http/request-context.ts';
import { ReportSummaryService } from './report-summary.service.ts';
import {
  ZCreateReportRequestSchema,
  ZListReportsRequestSchema,
  ZListReportsResponseSchema,
  ZReportActionRequestSchema,
  ZReportIdParamsSchema,
  ZReportResponseSchema,
  ZSaveReportRequestSchema,
  ZSummaryRequestSchema,
  ZSummaryResponseSchema,
} from './reports.schema.ts';
import { ReportsService } from './reports.service.ts';

export function reportsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const service = () => new ReportsService(deps.db, deps.clock);
    const tags = ['reports'];
    app.get(
      '/reports',
      {
        schema: {
          tags,
          querystring: ZListReportsRequestSchema,
          response: { 200: ZListReportsResponseSchema },
        },
      },
      async (req) => ({ items: await service().list(requireActor(req), req.query) }),
    );
    app.post(
      '/reports',
      { schema: { tags, body: ZCreateReportRequestSchema, response: { 201: ZReportResponseSchema } } },
      async (req, reply) =>
        reply.status(201).send({ report: await service().create(requireActor(req), req.body) }),
    );
    app.get(
      '/reports/summary',
      { schema: { tags, querystring: ZSummaryRequestSchema, response: { 200: ZSummaryResponseSchema } } },
      async (req) =>
        new ReportSummaryService(deps.db, deps.clock, deps.config.disclosureMinCount).summary(
          requireActor(req),
          req.query,
        ),
    );
    app.get(
      '/reports/:id',
      { schema: { tags, params: ZReportIdParamsSchema, response: { 200: ZReportResponseSchema } } },
      async (req) => ({ report: await service().get(requireActor(req), req.params.id) }),
    );
    app.put(
      '/reports/:id',
      {
        schema: {
          tags,
          params: ZReportIdParamsSchema,
          body: ZSaveReportRequestSchema,
          response: { 200: ZReportResponseSchema },
        },
      },
      async (req) => ({ report: await service().save(requireActor(req), req.params.id, req.body) }),
    );
    app.post(
      '/reports/:id/actions',
      {
        schema: {
          tags,
          params: ZReportIdParamsSchema,
          body: ZReportActionRequestSchema,
          response: { 200: ZReportResponseSchema },
        },
      },
      async (req) => ({ report: await service().act(requireActor(req), req.params.id, req.body) }),
    );
  };
}
