import type { IncomingMessage } from 'node:http';
import {
  INestApplication,
  Type,
  ValidationPipe,
  BadRequestException,
  DynamicModule,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ValidationError } from 'class-validator';
import { Logger } from 'nestjs-pino';
import { ErrorCodes } from '../core/errors/app-error.js';
import type { HttpConfig } from '../core/config/http.config.js';
import { parseTrustProxy, type TrustProxy } from '../core/config/trust-proxy.js';
import { HttpExceptionFilter } from '../core/errors/http-exception.filter.js';
import { requestIdFor } from '../core/logging/logger.options.js';
import { registerHttpMetrics } from '../core/metrics/http-metrics.hook.js';
import { registerLingeringTooLarge } from '../core/net/linger.js';
import { registerJsonDepthLimit } from './json-depth.js';
import { registerSecurityHeaders } from './security-headers.js';

function flatten(errors: ValidationError[], parent = ''): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of errors) {
    const path = parent ? `${parent}.${e.property}` : e.property;
    if (e.constraints) out[path] = Object.values(e.constraints);
    Object.assign(out, flatten(e.children ?? [], path));
  }
  return out;
}

export const validationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  exceptionFactory: (errors) =>
    new BadRequestException({
      code: ErrorCodes.VALIDATION_FAILED,
      message: 'Request validation failed',
      details: { fields: flatten(errors) },
    }),
});

/**
 * Builds a Fastify-backed Nest app with the shared HTTP conventions: /api prefix, one error
 * format, validation, pino logging, route-template metrics. Signals are handled in main.ts.
 */
export async function createHttpApp(
  module: DynamicModule | Type,
  config: Pick<HttpConfig, 'HTTP_BODY_LIMIT_BYTES' | 'TRUST_PROXY'>,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.HTTP_BODY_LIMIT_BYTES,
    // Default none: X-Forwarded-For from anyone would let one client pose as many (rate limits).
    trustProxy: fastifyTrustProxy(parseTrustProxy(config.TRUST_PROXY) ?? false),
    // The correlation id: a sane X-Request-Id, else a fresh uuid (not Fastify's per-process
    // counter, which repeats across restarts and processes).
    genReqId: (req: IncomingMessage) => requestIdFor(req),
  });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, {
    bufferLogs: true,
    // JSON only, through the depth-checked parser registered below (Nest's would replace it).
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new HttpExceptionFilter());
  app.useGlobalPipes(validationPipe);
  const fastify = app.getHttpAdapter().getInstance();
  // Nest middleware (nestjs-pino's request logger among them) sees the raw request: give it
  // Fastify's correlation id, which the error filter and the webhook read there too.
  fastify.addHook('onRequest', (request, _reply, done) => {
    (request.raw as IncomingMessage & { id?: string }).id = request.id;
    done();
  });
  registerHttpMetrics(app as INestApplication, fastify);
  registerLingeringTooLarge(fastify, config.HTTP_BODY_LIMIT_BYTES);
  registerJsonDepthLimit(fastify);
  registerSecurityHeaders(fastify);
  // The correlation id goes back to the caller, on errors as on success.
  fastify.addHook('onSend', (request, reply, payload, done) => {
    void reply.header('x-request-id', request.id);
    done(null, payload);
  });
  return app;
}

/**
 * Listens, or closes the initialised app (its workers already run) before rethrowing, e.g. on
 * EADDRINUSE: otherwise they would outlive the failed boot and keep the process alive.
 */
export async function listenOrClose(app: NestFastifyApplication, port: number): Promise<void> {
  try {
    await app.listen(port, '0.0.0.0');
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
}

/** A hop count as the function Fastify builds from one (its types no longer list the number). */
function fastifyTrustProxy(
  trust: TrustProxy,
): false | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}
