/** Routes of the case path: closure with approval, the follow-up plan and "needs attention". */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../core/http/deps.ts';
import { requireActor } from '../../core/http/request-context.ts';
import { attentionFor } from './case-attention.service.ts';
import { CaseClosureService } from './case-closure.service.ts';
import { CaseFollowUpsService } from './case-followups.service.ts';
import {
  ZAttentionResponseSchema,
  ZClosureApproveSchema,
  ZClosureRequestSchema,
  ZClosureResponseSchema,
  ZClosureSendBackSchema,
  ZFollowUpCreateSchema,
  ZFollowUpParamsSchema,
  ZFollowUpsResponseSchema,
  ZFollowUpUpdateSchema,
} from './case-path.schema.ts';
import { ZCaseIdParamsSchema } from './cases.schema.ts';

export function casePathRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const closure = () => new CaseClosureService(deps.db, deps.config, deps.clock);
    const followUps = () => new CaseFollowUpsService(deps.db, deps.config, deps.clock);
    const tags = ['cases'];
    const c = { tags, params: ZCaseIdParamsSchema, response: { 200: ZClosureResponseSchema } };
    const f = { tags, params: ZCaseIdParamsSchema, response: { 200: ZFollowUpsResponseSchema } };

    app.get(
      '/cases/attention',
      { schema: { tags, response: { 200: ZAttentionResponseSchema } } },
      async (req) => ({ items: await attentionFor(deps.db, requireActor(req), deps.clock) }),
    );
    app.get('/cases/:id/closure', { schema: c }, async (req) => ({
      closure: await closure().get(requireActor(req), req.params.id),
    }));
    app.post(
      '/cases/:id/closure/request',
      { schema: { ...c, body: ZClosureRequestSchema } },
      async (req) => ({
        closure: await closure().request(requireActor(req), req.params.id, req.body),
      }),
    );
    app.post(
      '/cases/:id/closure/send-back',
      { schema: { ...c, body: ZClosureSendBackSchema } },
      async (req) => ({
        closure: await closure().sendBack(requireActor(req), req.params.id, req.body.comment),
      }),
    );
    app.post(
      '/cases/:id/closure/approve',
      { schema: { ...c, body: ZClosureApproveSchema } },
      async (req) => ({
        closure: await closure().approve(requireActor(req), req.params.id, req.body.comment),
      }),
    );
    app.get('/cases/:id/follow-ups', { schema: f }, async (req) =>
      followUps().list(requireActor(req), req.params.id),
    );
    app.post('/cases/:id/follow-ups', { schema: { ...f, body: ZFollowUpCreateSchema } }, async (req) =>
      followUps().add(requireActor(req), req.params.id, req.body.dueOn),
    );
    app.patch(
      '/cases/:id/follow-ups/:followUpId',
      {
        schema: {
          tags,
          params: ZFollowUpParamsSchema,
          body: ZFollowUpUpdateSchema,
          response: { 200: ZFollowUpsResponseSchema },
        },
      },
      async (req) => followUps().update(requireActor(req), req.params.id, req.params.followUpId, req.body),
    );
  };
}
