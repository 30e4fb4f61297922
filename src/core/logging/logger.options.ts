import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import pino from 'pino';
import type { Options } from 'pino-http';
import type { AppRole } from '../config/process.config.js';
import { serializeError } from './error-serializer.js';
import type { LoggingConfig } from './logging.config.js';

/**
 * Paths pino censors wherever they appear. Tokens, keys and email bodies must never reach logs;
 * code logs ids and sizes, and this list is the safety net.
 */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  'req.body',
  '*.refreshToken',
  '*.refresh_token',
  '*.accessToken',
  '*.access_token',
  '*.apiKey',
  '*.password',
  '*.encryptedRefreshToken',
  '*.body',
  '*.text',
  '*.html',
  '*.raw',
  '*.generatedReply',
  '*.generated_reply',
  '*.prompt',
];

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;
const MAX_LOGGED_PATH = 500;

/**
 * The path of a request URL without its query string, bounded: queries carry things like
 * `?api_key=` or `?token=` that must not reach the logs.
 */
export function pathOf(url: string | undefined): string {
  if (!url) return '';
  const end = url.indexOf('?');
  return (end === -1 ? url : url.slice(0, end)).slice(0, MAX_LOGGED_PATH);
}

/** Correlation id: a sane incoming X-Request-Id is kept, anything else replaced. */
export function requestIdFor(req: IncomingMessage): string {
  const header = req.headers['x-request-id'];
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}

export function loggerOptions(config: LoggingConfig, role: AppRole, version: string): Params {
  const options: Options = {
    level: config.LOG_LEVEL,
    // pid: with API_PROCESSES > 1 several processes of one role write to the same output.
    base: { service: 'ai-email-assistant', role, version, pid: process.pid },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    // Fastify's request id (bootstrap/http-app.ts copies it to the raw request), so logs, the
    // X-Request-Id echo and error bodies agree; the same rule for a request without one.
    genReqId: (req) => (req as IncomingMessage & { id?: string }).id ?? requestIdFor(req),
    customProps: (req) => ({ correlationId: (req as IncomingMessage & { id?: string }).id }),
    // Health probes and scrapes every few seconds would drown the useful lines.
    // Nest's middleware runner strips the mount path from req.url; originalUrl keeps it.
    autoLogging: {
      ignore: (req) =>
        /^\/api\/(health|metrics)/.test(
          (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '',
        ),
    },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: pathOf(req.url),
      }),
      // Allow-listed fields only: an error's details (raw LLM output, vendor bodies) never print.
      err: serializeError,
    },
  };
  // LOG_FILE: the same JSON lines appended to a file (the demo's live view owns the terminal).
  if (!config.LOG_FILE) return { pinoHttp: options };
  return {
    pinoHttp: [options, pino.destination({ dest: config.LOG_FILE, mkdir: true, sync: false })],
  };
}
