import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../core/http/deps.ts';
import { requireActor } from '../../core/http/request-context.ts';
import { caseAlerts } from './case-alerts.ts';
import { CaseClosureService } from './case-closure.service.ts';
import { casePathRoutes } from './case-path.routes.ts';
import { CaseExportService } from './case-export.service.ts';
import { CaseStatisticsService } from './case-statistics.service.ts';
import { caseTransferRoutes } from './case-transfer.routes.ts';
import { CaseTeamService } from './case-team.service.ts';
import { CaseWorkService } from './case-work.service.ts';
import {
  ZAccessLogResponseSchema,
  ZAssignRequestSchema,
  ZBreakGlassRequestSchema,
  ZCaseAlertsResponseSchema,
  ZCaseIdParamsSchema,
  ZCaseResponseSchema,
  ZCloseRequestSchema,
  ZConsentRequestSchema,
  ZCreateCaseRequestSchema,
  ZExportRequestSchema,
  ZListCasesRequestSchema,
  ZListCasesResponseSchema,
  ZNoteParamsSchema,
  ZNoteRequestSchema,
  ZReferralParamsSchema,
  ZReferralRequestSchema,
  ZReferralUpdateSchema,
  ZReopenRequestSchema,
  ZStatisticsRequestSchema,
  ZStatisticsResponseSchema,
  ZTeamCandidatesResponseSchema,
  ZUpdateCaseRequestSchema,
} from './cases.schema.ts';
import { CasesService } from './cases.service.ts';

export function casesRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const cases = () => new CasesService(deps.db, deps.config, deps.clock);
    const team = () => new CaseTeamService(deps.db, deps.config, deps.clock);
    const work = () => new CaseWorkService(deps.db, deps.config, deps.clock);
    const tags = ['cases'];
    const one = { tags, params: ZCaseIdParamsSchema, response: { 200: ZCaseResponseSchema } };
    await app.register(caseTransferRoutes(deps)); // transfers between communes, protective measures
    await app.register(casePathRoutes(deps)); // closure with approval, follow-ups, needs attention

    app.get(
      '/cases',
      { schema: { tags, querystring: ZListCasesRequestSchema, response: { 200: ZListCasesResponseSchema } } },
      async (req) => ({
        items: await cases().list(requireActor(req), req.query.status),
      }),
    );
    app.post(
      '/cases',
      { schema: { tags, body: ZCreateCaseRequestSchema, response: { 201: ZCaseResponseSchema } } },
      async (req, reply) =>
        reply.status(201).send({ case: await cases().create(requireActor(req), req.body) }),
    );
    app.get(
      '/cases/supervisors',
      {
        schema: {
          tags,
          querystring: z.object({ unitId: z.coerce.number().int().positive() }),
          response: { 200: ZTeamCandidatesResponseSchema },
        },
      },
      async (req) => ({ items: await team().supervisorsFor(requireActor(req), req.query.unitId) }),
    );
    app.get(
      '/cases/statistics',
      {
        schema: { tags, querystring: ZStatisticsRequestSchema, response: { 200: ZStatisticsResponseSchema } },
      },
      async (req) =>
        new CaseStatisticsService(deps.db, deps.config.disclosureMinCount).statistics(
          requireActor(req),
          req.query,
        ),
    );
    app.get(
      '/case-alerts',
      { schema: { tags, response: { 200: ZCaseAlertsResponseSchema } } },
      async (req) => ({
        items: await caseAlerts(deps.db, requireActor(req)),
      }),
    );
    app.get('/cases/:id', { schema: one }, async (req) => ({
      case: await cases().get(requireActor(req), req.params.id),
    }));
    app.patch('/cases/:id', { schema: { ...one, body: ZUpdateCaseRequestSchema } }, async (req) => ({
      case: await cases().update(requireActor(req), req.params.id, req.body),
    }));
    app.post('/cases/:id/consents', { schema: { ...one, body: ZConsentRequestSchema } }, async (req) => ({
      case: await team().consent(requireActor(req), req.params.id, req.body.purpose, req.body.granted),
    }));
    app.get(
      '/cases/:id/team-candidates',
      { schema: { tags, params: ZCaseIdParamsSchema, response: { 200: ZTeamCandidatesResponseSchema } } },
      async (req) => ({ items: await team().candidates(requireActor(req), req.params.id) }),
    );
    app.post('/cases/:id/assignments', { schema: { ...one, body: ZAssignRequestSchema } }, async (req) => ({
      case: await team().assign(requireActor(req), req.params.id, req.body),
    }));
    app.post('/cases/:id/close', { schema: { ...one, body: ZCloseRequestSchema } }, async (req) => ({
      case: await team().close(requireActor(req), req.params.id, req.body.reason),
    }));
    app.post('/cases/:id/reopen', { schema: { ...one, body: ZReopenRequestSchema } }, async (req) => {
      const actor = requireActor(req);
      await new CaseClosureService(deps.db, deps.config, deps.clock).reopen(
        actor,
        req.params.id,
        req.body.reason,
      );
      return { case: await cases().get(actor, req.params.id) };
    });
    app.get(
      '/cases/:id/access-log',
      { schema: { tags, params: ZCaseIdParamsSchema, response: { 200: ZAccessLogResponseSchema } } },
      async (req) => ({ items: await team().accessLog(requireActor(req), req.params.id) }),
    );
    app.post(
      '/cases/:id/break-glass',
      { schema: { ...one, body: ZBreakGlassRequestSchema } },
      async (req) => ({
        case: await team().breakGlass(requireActor(req), req.params.id, req.body.reason),
      }),
    );
    app.post(
      '/cases/:id/export',
      { schema: { tags, params: ZCaseIdParamsSchema, body: ZExportRequestSchema } },
      async (req, reply) => {
        const file = await new CaseExportService(deps.db, deps.config, deps.clock).export(
          requireActor(req),
          req.params.id,
          req.body.reason,
          req.body.passphrase,
        );
        return reply
          .header('content-type', 'application/octet-stream')
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
          .header('cache-control', 'no-store')
          .send(file.data);
      },
    );
    app.post('/cases/:id/referrals', { schema: { ...one, body: ZReferralRequestSchema } }, async (req) => ({
      case: await work().refer(requireActor(req), req.params.id, req.body),
    }));
    app.patch(
      '/cases/:id/referrals/:referralId',
      {
        schema: {
          tags,
          params: ZReferralParamsSchema,
          body: ZReferralUpdateSchema,
          response: { 200: ZCaseResponseSchema },
        },
      },
      async (req) => ({
        case: await work().setReferral(
          requireActor(req),
          req.params.id,
          req.params.referralId,
          req.body.status,
        ),
      }),
    );
    app.post('/cases/:id/notes', { schema: { ...one, body: ZNoteRequestSchema } }, async (req) => ({
      case: await work().addNote(requireActor(req), req.params.id, req.body),
    }));
    app.patch(
      '/cases/:id/notes/:noteId',
      {
        schema: {
          tags,
          params: ZNoteParamsSchema,
          body: z.object({ done: z.boolean() }),
          response: { 200: ZCaseResponseSchema },
        },
      },
      async (req) => ({
        case: await work().setActionDone(requireActor(req), req.params.id, req.params.noteId, req.body.done),
      }),
    );
  };
}
