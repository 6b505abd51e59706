import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../core/http/deps.ts';
import { requireActor } from '../../core/http/request-context.ts';
import {
  ZCreateUserRequestSchema,
  ZListUsersRequestSchema,
  ZListUsersResponseSchema,
  ZRoleGrantSchema,
  ZUpdateUserRequestSchema,
  ZUserIdParamsSchema,
  ZUserResponseSchema,
  ZUserRoleParamsSchema,
} from './users.schema.ts';
import { UsersService } from './users.service.ts';

export function usersRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const service = () => new UsersService(deps.db, deps.clock);
    const tags = ['users'];
    app.get(
      '/users',
      { schema: { tags, querystring: ZListUsersRequestSchema, response: { 200: ZListUsersResponseSchema } } },
      async (req) => ({ items: await service().list(requireActor(req), req.query.q, req.query.limit) }),
    );
    app.post(
      '/users',
      { schema: { tags, body: ZCreateUserRequestSchema, response: { 201: ZUserResponseSchema } } },
      async (req, reply) =>
        reply.status(201).send({ user: await service().create(requireActor(req), req.body) }),
    );
    app.patch(
      '/users/:id',
      {
        schema: {
          tags,
          params: ZUserIdParamsSchema,
          body: ZUpdateUserRequestSchema,
          response: { 200: ZUserResponseSchema },
        },
      },
      async (req) => ({ user: await service().update(requireActor(req), req.params.id, req.body) }),
    );
    app.post(
      '/users/:id/roles',
      {
        schema: {
          tags,
          params: ZUserIdParamsSchema,
          body: ZRoleGrantSchema,
          response: { 200: ZUserResponseSchema },
        },
      },
      async (req) => ({ user: await service().addRole(requireActor(req), req.params.id, req.body) }),
    );
    app.delete(
      '/users/:id/roles/:roleId',
      { schema: { tags, params: ZUserRoleParamsSchema, response: { 200: ZUserResponseSchema } } },
      async (req) => ({
        user: await service().removeRole(requireActor(req), req.params.id, req.params.roleId),
      }),
    );
  };
}
