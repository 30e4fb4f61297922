import type { FastifyInstance } from 'fastify';

/** Oversized bodies read and discarded so the client sees the 413, up to this many times the limit. */
const LINGER_FACTOR = 8;

/**
 * Fastify answers 413 to a Content-Length over the body limit without reading the body, and
 * closes the connection: a client still uploading then gets EPIPE or a reset instead of the 413
 * (the fuzz drill found this with 1.2 MB bodies). Up to LINGER_FACTOR × the limit, the rest of
 * the body is read and thrown away instead and the connection stays open (nginx's "lingering
 * close"), so the client can finish sending and read the answer. Bigger bodies are still cut
 * off: reading gigabytes to be polite is not worth it. Node's requestTimeout bounds slow senders.
 */
export function registerLingeringTooLarge(fastify: FastifyInstance, bodyLimit: number): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (reply.statusCode === 413 && !request.raw.complete) {
      const declared = Number(request.headers['content-length']);
      if (declared > bodyLimit && declared <= bodyLimit * LINGER_FACTOR) {
        void reply.removeHeader('connection');
        request.raw.resume();
      }
    }
    done(null, payload);
  });
}
