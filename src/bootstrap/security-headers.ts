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

/**
 * The console's policy: scripts, styles and API calls from our own origin only (the Vite build
 * emits no inline script or style), nothing framed, no plugins, no <base> or form to elsewhere.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function registerSecurityHeaders(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (request.url === '/console' || request.url.startsWith('/console/'))
      void reply.header('content-security-policy', CONSOLE_CSP);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      // A route that sets its own value (none does today) keeps it.
      if (!reply.hasHeader(name)) void reply.header(name, value);
    }
    done(null, payload);
  });
}
