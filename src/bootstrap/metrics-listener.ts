import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { register } from 'prom-client';
import { pathOf } from '../core/logging/logger.options.js';

export const METRICS_PATH = '/api/metrics';

/**
 * METRICS_PORT: /api/metrics moves off the public port. The main app answers it 404, and a
 * bare listener on its own port serves the process's registry (prom-client's default, the one
 * the Nest metrics controller serves) and nothing else, so the port can stay inside the cluster.
 */
export function hideMetricsRoute(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    if (request.routeOptions.url === METRICS_PATH) {
      reply.callNotFound();
      return;
    }
    done();
  });
}

export async function startMetricsListener(port: number, host = '0.0.0.0'): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || pathOf(req.url) !== METRICS_PATH) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    register.metrics().then(
      (body) => res.writeHead(200, { 'content-type': register.contentType }).end(body),
      () => res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('error\n'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}

export function listenerPort(server: Server): number {
  return (server.address() as AddressInfo).port;
}
