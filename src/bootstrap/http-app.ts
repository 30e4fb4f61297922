import { INestApplication, Type, ValidationPipe, BadRequestException, DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ValidationError } from 'class-validator';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '../core/config/app-config';
import { ErrorCodes } from '../core/errors/app-error';
import { HttpExceptionFilter } from '../core/errors/http-exception.filter';
import { registerHttpMetrics } from '../core/metrics/http-metrics.hook';

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
export async function createHttpApp(module: DynamicModule | Type, config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.HTTP_BODY_LIMIT_BYTES,
    trustProxy: true,
    // Correlation ids come from pino-http (X-Request-Id or a fresh uuid).
    requestIdHeader: 'x-request-id',
  });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new HttpExceptionFilter());
  app.useGlobalPipes(validationPipe);
  const fastify = app.getHttpAdapter().getInstance();
  registerHttpMetrics(app as INestApplication, fastify);
  // The correlation id pino-http assigned goes back to the caller, on errors as on success.
  fastify.addHook('onSend', (request, reply, payload, done) => {
    const id = (request.raw as { id?: string }).id;
    if (id) void reply.header('x-request-id', id);
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
