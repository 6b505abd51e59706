/** Routes of case transfers between communes and protective measures (registered by cases.routes.ts). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../core/http/deps.ts';
import { requireActor } from '../../core/http/request-context.ts';
import { CaseProtectionService } from './case-protection.service.ts';
import {
  ZCaseProtectionResponseSchema,
  ZIncomingTransfersResponseSchema,
  ZProtectionRequestSchema,
  ZTransferAcceptSchema,
  ZTransferDecisionResponseSchema,
  ZTransferParamsSchema,
  ZTransferRequestSchema,
} from './case-transfer.schema.ts';
import { CaseTransferService } from './case-transfer.service.ts';
import { ZCaseIdParamsSchema, ZCaseResponseSchema } from './cases.schema.ts';

export function caseTransferRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const transfers = () => new CaseTransferService(deps.db, deps.config, deps.clock);
    const protection = () => new CaseProtectionService(deps.db, deps.config, deps.clock);
    const tags = ['cases'];
    const one = { tags, params: ZCaseIdParamsSchema, response: { 200: ZCaseResponseSchema } };
    const extras = { tags, params: ZCaseIdParamsSchema, response: { 200: ZCaseProtectionResponseSchema } };
    const decision = {
      tags,
      params: ZTransferParamsSchema,
      response: { 200: ZTransferDecisionResponseSchema },
    };

    app.get(
      '/case-transfers',
      { schema: { tags, response: { 200: ZIncomingTransfersResponseSchema } } },
      async (req) => ({ items: await transfers().incoming(requireActor(req)) }),
    );
    app.post(
      '/case-transfers/:transferId/accept',
      { schema: { ...decision, body: ZTransferAcceptSchema } },
      async (req) => transfers().accept(requireActor(req), req.params.transferId, req.body.workerId),
    );
    app.post('/case-transfers/:transferId/decline', { schema: decision }, async (req) =>
      transfers().decline(requireActor(req), req.params.transferId),
    );
    app.post('/cases/:id/transfer', { schema: { ...one, body: ZTransferRequestSchema } }, async (req) => ({
      case: await transfers().request(requireActor(req), req.params.id, req.body),
    }));
    app.post('/cases/:id/transfer/cancel', { schema: one }, async (req) => ({
      case: await transfers().cancel(requireActor(req), req.params.id),
    }));
    app.get('/cases/:id/protection', { schema: extras }, async (req) =>
      protection().read(requireActor(req), req.params.id),
    );
    app.post(
      '/cases/:id/protections',
      { schema: { ...extras, body: ZProtectionRequestSchema } },
      async (req) => protection().add(requireActor(req), req.params.id, req.body),
    );
  };
}
