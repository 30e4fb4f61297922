import type { INestApplication } from '@nestjs/common';
import { getToken } from '@willsoto/nestjs-prometheus';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Counter, Histogram } from 'prom-client';
import { Metric } from './metric-names.js';

/**
 * Counts every response, including 404s and errors, labelled by the route template
 * (`/api/v1/emails/:id`), never the raw path: raw paths would explode label cardinality.
 */
export function registerHttpMetrics(app: INestApplication, fastify: FastifyInstance): void {
  const requests = app.get<Counter<string>>(getToken(Metric.HttpRequests));
  const duration = app.get<Histogram<string>>(getToken(Metric.HttpDuration));
  fastify.addHook(
    'onResponse',
    (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
      const endpoint = request.routeOptions?.url ?? 'unmatched';
      const labels = { method: request.method, endpoint, status: String(reply.statusCode) };
      requests.inc(labels);
      duration.observe(labels, reply.elapsedTime / 1000);
      done();
    },
  );
}
