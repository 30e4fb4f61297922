import type { FastifyInstance } from 'fastify';
import { jsonDepthExceeds } from '../core/net/json-depth.js';

/**
 * Deepest JSON body any route accepts. The admin DTOs and Pub/Sub pushes nest three levels or
 * fewer; the margin is for clients that wrap them. Deeper bodies would overflow the stack in the
 * validation pipe (a 500, which Pub/Sub redelivers forever) or spend seconds in JSON.parse.
 */
export const MAX_JSON_DEPTH = 32;

/**
 * Replaces Fastify's JSON body parser with the same parser (prototype-poisoning checks kept)
 * behind a linear depth check: a deeper body is answered 400 before it is parsed.
 */
export function registerJsonDepthLimit(fastify: FastifyInstance, limit = MAX_JSON_DEPTH): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string; // parseAs: 'string'
    if (jsonDepthExceeds(text, limit)) {
      const error = new Error(`JSON body nested deeper than ${limit} levels`) as Error & {
        statusCode: number;
      };
      error.statusCode = 400;
      done(error, undefined);
      return;
    }
    parse(request, text, done);
  });
}
