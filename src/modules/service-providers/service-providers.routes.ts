import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../core/http/deps.ts';
import { requireActor } from '../../core/http/request-context.ts';
import {
  ZCreateServiceProviderRequestSchema,
  ZListServiceProvidersRequestSchema,
  ZListServiceProvidersResponseSchema,
  ZServiceProviderIdParamsSchema,
  ZServiceProviderResponseSchema,
  ZUpdateServiceProviderRequestSchema,
} from './service-providers.schema.ts';
import { ServiceProvidersService } from './service-providers.service.ts';

export function serviceProvidersRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const service = () => new ServiceProvidersService(deps.db, deps.config);
    const tags = ['service providers'];
    app.get(
      '/service-providers',
      {
        schema: {
          tags,
          querystring: ZListServiceProvidersRequestSchema,
          response: { 200: ZListServiceProvidersResponseSchema },
        },
      },
      async (req) => ({ items: await service().list(requireActor(req), req.query) }),
    );
    app.get(
      '/service-providers/:id',
      {
        schema: {
          tags,
          params: ZServiceProviderIdParamsSchema,
          response: { 200: ZServiceProviderResponseSchema },
        },
      },
      async (req) => ({ serviceProvider: await service().get(requireActor(req), req.params.id) }),
    );
    app.post(
      '/service-providers',
      {
        schema: {
          tags,
          body: ZCreateServiceProviderRequestSchema,
          response: { 201: ZServiceProviderResponseSchema },
        },
      },
      async (req, reply) =>
        reply.status(201).send({ serviceProvider: await service().create(requireActor(req), req.body) }),
    );
    app.patch(
      '/service-providers/:id',
      {
        schema: {
          tags,
          params: ZServiceProviderIdParamsSchema,
          body: ZUpdateServiceProviderRequestSchema,
          response: { 200: ZServiceProviderResponseSchema },
        },
      },
      async (req) => ({
        serviceProvider: await service().update(requireActor(req), req.params.id, req.body),
      }),
    );
  };
}
