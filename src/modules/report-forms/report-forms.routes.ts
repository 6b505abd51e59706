import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../core/http/deps.ts';
import { requireActor } from '../../core/http/request-context.ts';
import { FormBuilderService } from './form-builder.service.ts';
import {
  ZCreateDataElementRequestSchema,
  ZFormActiveRequestSchema,
  ZFormDefinitionSchema,
  ZListDataElementsResponseSchema,
  ZListReportFormsResponseSchema,
  ZReportFormIdParamsSchema,
  ZReportFormResponseSchema,
} from './report-forms.schema.ts';
import { ReportFormsService } from './report-forms.service.ts';

export function reportFormsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const service = () => new ReportFormsService(deps.db);
    const builder = () => new FormBuilderService(deps.db);
    const tags = ['report-forms'];
    app.get(
      '/report-forms',
      {
        schema: {
          tags,
          querystring: z.object({ all: z.enum(['true', 'false']).optional() }),
          response: { 200: ZListReportFormsResponseSchema },
        },
      },
      async (req) => {
        requireActor(req);
        return { items: await service().list(req.query.all === 'true') };
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
    app.post(
      '/report-forms',
      { schema: { tags, body: ZFormDefinitionSchema, response: { 201: ZReportFormResponseSchema } } },
      async (req, reply) => {
        const id = await builder().create(requireActor(req), req.body);
        return reply.status(201).send({ form: await service().get(id) });
      },
    );
    app.put(
      '/report-forms/:id',
      {
        schema: {
          tags,
          params: ZReportFormIdParamsSchema,
          body: ZFormDefinitionSchema,
          response: { 200: ZReportFormResponseSchema },
        },
      },
      async (req) => {
        await builder().update(requireActor(req), req.params.id, req.body);
        return { form: await service().get(req.params.id) };
      },
    );
    app.post(
      '/report-forms/:id/active',
      {
        schema: {
          tags,
          params: ZReportFormIdParamsSchema,
          body: ZFormActiveRequestSchema,
          response: { 200: ZReportFormResponseSchema },
        },
      },
      async (req) => {
        await builder().setActive(requireActor(req), req.params.id, req.body.isActive);
        return { form: await service().get(req.params.id) };
      },
    );
    app.get(
      '/data-elements',
      { schema: { tags, response: { 200: ZListDataElementsResponseSchema } } },
      async (req) => {
        requireActor(req);
        return { items: await builder().elements() };
      },
    );
    app.post(
      '/data-elements',
      {
        schema: {
          tags,
          body: ZCreateDataElementRequestSchema,
          response: { 201: z.object({ id: z.number().int() }) },
        },
      },
      async (req, reply) =>
        reply.status(201).send({ id: await builder().createElement(requireActor(req), req.body) }),
    );
  };
}
