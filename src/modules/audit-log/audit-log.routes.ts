import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../core/http/request-context.ts';
import type { AppDeps } from '../../core/http/deps.ts';
import {
  ZAuditSealVerificationResponseSchema,
  ZListAuditLogRequestSchema,
  ZListAuditLogResponseSchema,
} from './audit-log.schema.ts';
import { AuditLogService } from './audit-log.service.ts';
import { AuditSealService } from './audit-seal.service.ts';

export function auditLogRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/audit-log',
      {
        schema: {
          tags: ['audit-log'],
          querystring: ZListAuditLogRequestSchema,
          response: { 200: ZListAuditLogResponseSchema },
        },
      },
      async (req) => ({ items: await new AuditLogService(deps.db).list(requireActor(req), req.query) }),
    );
    // Every seal recomputed from its rows and the chain: system administrators only.
    app.get(
      '/audit-log/seals/verify',
      {
        schema: {
          tags: ['audit-log'],
          response: { 200: ZAuditSealVerificationResponseSchema },
        },
      },
      async (req) => new AuditSealService(deps.db).verifyFor(requireActor(req)),
    );
  };
}
