/**
 * Builds the Fastify application: security headers, cookies, zod validation of requests and
 * responses, OpenAPI, the session hook, every module's routes under /api/v1 and the web app.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { agenciesRoutes } from '../../modules/agencies/agencies.routes.ts';
import { auditLogRoutes } from '../../modules/audit-log/audit-log.routes.ts';
import { registerSessionHook } from '../../modules/auth/auth.hook.ts';
import { authRoutes } from '../../modules/auth/auth.routes.ts';
import { indicatorsRoutes } from '../../modules/indicators/indicators.routes.ts';
import { setupRoutes } from '../../modules/setup/setup.routes.ts';
import { plansRoutes } from '../../modules/plans/plans.routes.ts';
import { tasksRoutes } from '../../modules/tasks/tasks.routes.ts';
import { reportFormsRoutes } from '../../modules/report-forms/report-forms.routes.ts';
import { reportsRoutes } from '../../modules/reports/reports.routes.ts';
import { activitiesRoutes } from '../../modules/activities/activities.routes.ts';
import { casesRoutes } from '../../modules/cases/cases.routes.ts';
import { rapidReportsRoutes } from '../../modules/rapid-reports/rapid-reports.routes.ts';
import { reportExchangeRoutes } from '../../modules/reports/report-exchange.routes.ts';
import { obligationsRoutes } from '../../modules/obligations/obligations.routes.ts';
import { notificationsRoutes } from '../../modules/notifications/notifications.routes.ts';
import { emailFailuresRoutes } from '../../modules/reminders/email-failures.routes.ts';
import { serviceProvidersRoutes } from '../../modules/service-providers/service-providers.routes.ts';
import { unitsRoutes } from '../../modules/units/units.routes.ts';
import { usersRoutes } from '../../modules/users/users.routes.ts';
import { civilDate } from '../clock/clock.ts';
import type { AppDeps } from './deps.ts';
import { ZHealthResponseSchema } from './health.schema.ts';
import { errorBody, registerErrorHandler } from './error-handler.ts';
import { registerWellFormedText } from './well-formed.ts';

// Field-level validation messages in Vietnamese, the users' language (codes stay stable for clients).
z.config(z.locales.vi());

export const WEB_DIST = join(import.meta.dirname, '..', '..', '..', 'dist', 'web');

export interface BuildAppOptions {
  /** Log requests (off in tests). */
  logger?: boolean;
  /** The built web app's folder (WEB_DIST; tests give one of their own). */
  webRoot?: string;
}

export async function buildApp(deps: AppDeps, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger
      ? {
          level: deps.config.logLevel,
          redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
        }
      : false,
    bodyLimit: 1024 * 1024,
    // Request lines are logged by the onResponse hook below, without query strings (they can carry names).
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    trustProxy: deps.config.trustProxy,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerWellFormedText(app);

  const https = deps.config.cookieSecure;
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Offices often reach the server over plain HTTP on their LAN: only upgrade behind HTTPS.
        upgradeInsecureRequests: https ? [] : null,
      },
    },
    strictTransportSecurity: https,
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        reqId: request.id,
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });
  await app.register(cookie);
  await app.register(swagger, {
    openapi: { info: { title: 'binhdang API', version: '1' }, components: {} },
    transform: jsonSchemaTransform,
  });
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/')) void reply.header('cache-control', 'no-store');
  });
  registerSessionHook(app, deps);

  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/health',
    {
      schema: {
        tags: ['health'],
        response: { 200: ZHealthResponseSchema },
      },
    },
    async () => {
      await sql`select 1`.execute(deps.db);
      const now = deps.clock.now();
      return {
        status: 'ok' as const,
        database: 'ok',
        now: now.toISOString(),
        timeZone: deps.clock.timeZone,
        today: civilDate(now, deps.clock.timeZone),
      };
    },
  );
  api.get('/api/docs/json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(
    async (v1) => {
      await v1.register(setupRoutes(deps));
      await v1.register(authRoutes(deps));
      await v1.register(unitsRoutes(deps));
      await v1.register(agenciesRoutes(deps));
      await v1.register(usersRoutes(deps));
      await v1.register(auditLogRoutes(deps));
      await v1.register(plansRoutes(deps));
      await v1.register(tasksRoutes(deps));
      await v1.register(reportFormsRoutes(deps));
      await v1.register(reportExchangeRoutes(deps));
      await v1.register(reportsRoutes(deps));
      await v1.register(activitiesRoutes(deps));
      await v1.register(casesRoutes(deps));
      await v1.register(rapidReportsRoutes(deps));
      await v1.register(indicatorsRoutes(deps));
      await v1.register(obligationsRoutes(deps));
      await v1.register(notificationsRoutes(deps));
      await v1.register(emailFailuresRoutes(deps));
      await v1.register(serviceProvidersRoutes(deps));
    },
    { prefix: '/api/v1' },
  );

  const webRoot = options.webRoot ?? WEB_DIST;
  const hasWeb = existsSync(join(webRoot, 'index.html'));
  // wildcard: files are looked up per request, so a rebuilt web app is served without a restart
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, wildcard: true });
  // The web app routes in the hash, so only "/" and assets are requested; anything else is a 404.
  app.setNotFoundHandler((request, reply) => {
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/'))
      return reply.sendFile('index.html');
    return reply.status(404).send(errorBody('NOT_FOUND', request.id));
  });
  return app;
}
