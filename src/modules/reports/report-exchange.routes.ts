import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../core/http/deps.ts';
import { requireActor } from '../../core/http/request-context.ts';
import { ReportExportService } from './report-export.service.ts';
import { ReportImportService } from './report-import.service.ts';

const ZExportQuery = z.object({
  formId: z.coerce.number().int().positive(),
  periodStart: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  unitId: z.coerce.number().int().positive().optional(),
  format: z.enum(['csv', 'xlsx', 'adx', 'docx']),
  /** csv/xlsx: include reports not yet approved (with their status). */
  all: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
const ZImportBody = z.object({
  formId: z.number().int().positive(),
  fileName: z.string().min(1).max(200),
  contentBase64: z.string().min(1).max(28_000_000),
});
const ZImportResponse = z.object({
  reports: z.number().int(),
  created: z.number().int(),
  values: z.number().int(),
});

export function reportExchangeRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['reports'];
    app.get(
      '/reports/export',
      {
        schema: {
          tags,
          querystring: ZExportQuery,
          description:
            'A file: values as .csv/.xlsx, ADX XML for DHIS2, or the consolidated report as .docx.',
        },
      },
      async (req, reply) => {
        const file = await new ReportExportService(
          deps.db,
          deps.clock,
          deps.config.disclosureMinCount,
        ).export(requireActor(req), req.query);
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
          .send(file.data);
      },
    );
    app.post(
      '/reports/import',
      {
        bodyLimit: 30_000_000,
        schema: {
          tags,
          description:
            "Figures into draft reports from a .csv/.xlsx with the export's columns, or ADX (.xml/.adx).",
          body: ZImportBody,
          response: { 200: ZImportResponse },
        },
      },
      async (req) =>
        new ReportImportService(deps.db, deps.clock).import(
          requireActor(req),
          req.body.formId,
          req.body.fileName,
          Buffer.from(req.body.contentBase64, 'base64'),
        ),
    );
  };
}
