/** What a route handler gets from the request: the signed-in actor (set by the session hook). */
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../auth/roles.ts';
import { AppError } from '../errors/app-error.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionCsrf: string | null;
  }
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('AUTH_REQUIRED');
  return request.actor;
}

export function clientIp(request: FastifyRequest): string {
  return request.ip;
}
