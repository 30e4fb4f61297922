import type { FastifyInstance } from 'fastify';

/**
 * Headers on every answer (JSON, Swagger UI, the queue dashboard): no page of ours may be framed
 * by another site (clickjacking of the dashboard's retry/clean buttons), and browsers must not
 * sniff a JSON or text answer into HTML or script. A small hook instead of @fastify/helmet, which
 * is not a dependency; helmet's script/style CSP would also break Swagger UI's inline setup.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
};

export function registerSecurityHeaders(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      // A route that sets its own value (none does today) keeps it.
      if (!reply.hasHeader(name)) void reply.header(name, value);
    }
    done(null, payload);
  });
}
