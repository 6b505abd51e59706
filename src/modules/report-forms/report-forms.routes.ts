import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../core/http/deps.ts';
import { requireActor } from '../../core/http/request-context.ts';
import {
  ZListReportFormsResponseSchema,
  ZReportFormIdParamsSchema,
  ZReportFormResponseSchema,
} from './report-forms.schema.ts';
import { ReportFormsService } from './report-forms.service.ts';

export function reportFormsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const service = () => new ReportFormsService(deps.db);
    const tags = ['report-forms'];
    app.get(
      '/report-forms',
      { schema: { tags, response: { 200: ZListReportFormsResponseSchema } } },
      async (req) => {
        requireActor(req);
        return { items: await service().list() };
      },
    );
    app.get(
      '/report-forms/:id',
      { schema: { tags, params: ZReportFormIdParamsSchema, response: { 200: ZReportFormResponseSchema } } },
      async (req) => {
        requireActor(req);
        return { form: await service().get(req.params.id) };
      },
    );
  };
}
