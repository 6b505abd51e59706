import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../core/http/deps.ts';
import { requireActor } from '../../core/http/request-context.ts';
import {
  ZCreateTasksRequestSchema,
  ZEvidenceParamsSchema,
  ZListTasksRequestSchema,
  ZListTasksResponseSchema,
  ZPlanTasksParamsSchema,
  ZTaskIdParamsSchema,
  ZTaskResponseSchema,
  ZTaskUpdateRequestSchema,
  ZUpdateTaskRequestSchema,
} from './tasks.schema.ts';
import { TasksService } from './tasks.service.ts';

export function tasksRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const service = () => new TasksService(deps.db, deps.clock);
    const tags = ['tasks'];
    app.post(
      '/plans/:id/tasks',
      {
        schema: {
          tags,
          params: ZPlanTasksParamsSchema,
          body: ZCreateTasksRequestSchema,
          response: { 201: ZListTasksResponseSchema },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send({ items: await service().createFromPlan(requireActor(req), req.params.id, req.body.tasks) }),
    );
    app.get(
      '/tasks',
      { schema: { tags, querystring: ZListTasksRequestSchema, response: { 200: ZListTasksResponseSchema } } },
      async (req) => ({ items: await service().list(requireActor(req), req.query) }),
    );
    app.get(
      '/tasks/:id',
      { schema: { tags, params: ZTaskIdParamsSchema, response: { 200: ZTaskResponseSchema } } },
      async (req) => ({ task: await service().get(requireActor(req), req.params.id) }),
    );
    app.post(
      '/tasks/:id/updates',
      {
        bodyLimit: 80 * 1024 * 1024,
        schema: {
          tags,
          params: ZTaskIdParamsSchema,
          body: ZTaskUpdateRequestSchema,
          response: { 200: ZTaskResponseSchema },
        },
      },
      async (req) => ({ task: await service().report(requireActor(req), req.params.id, req.body) }),
    );
    app.get(
      '/tasks/:id/evidence/:evidenceId',
      { schema: { tags, params: ZEvidenceParamsSchema } },
      async (req, reply) => {
        const file = await service().evidence(requireActor(req), req.params.id, req.params.evidenceId);
        return reply
          .header('content-type', file.mediaType)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
          .header('x-content-type-options', 'nosniff')
          .send(file.content);
      },
    );
    app.get(
      '/plans/:id/tasks.xlsx',
      { schema: { tags, params: ZPlanTasksParamsSchema } },
      async (req, reply) => {
        const file = await service().exportXlsx(requireActor(req), req.params.id);
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
          .send(file.content);
      },
    );
    app.patch(
      '/tasks/:id',
      {
        schema: {
          tags,
          params: ZTaskIdParamsSchema,
          body: ZUpdateTaskRequestSchema,
          response: { 200: ZTaskResponseSchema },
        },
      },
      async (req) => ({ task: await service().update(requireActor(req), req.params.id, req.body) }),
    );
  };
}
