import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { PinoLogger, type Params } from 'nestjs-pino';
import { Store, storage } from 'nestjs-pino/storage';
import type { Bindings, ChildLoggerOptions, Level, Logger } from 'pino';
import { pinoHttp, type Options } from 'pino-http';

type RawRequest = IncomingMessage & { id?: string };

/**
 * Binds a logger carrying the request's correlation id to every request (what nestjs-pino's
 * middleware does), as a Fastify hook, and without per-request cost when nothing would print.
 *
 * pino-http builds two child loggers per request (serialising and redacting the request each
 * time) and arms three listeners for its "request completed" line: about 10 % of a webhook
 * push's CPU, even at LOG_LEVEL=warn where that line never prints. So pino-http (the exact
 * same middleware, options and output as before) runs only for requests whose completion line
 * would print; every other request gets a stand-in that builds the same child logger on its
 * first line at an enabled level, typically never. Running it as a hook, rather than as Nest
 * middleware, also spares each request @fastify/middie.
 *
 * The correlation id is Fastify's request id (see createHttpApp: a sane X-Request-Id, else a
 * uuid), copied to `req.raw.id` where the error filter, the X-Request-Id echo and the webhook
 * read it.
 */
export function registerRequestContext(fastify: FastifyInstance, params: Params): void {
  const [options, stream] = Array.isArray(params.pinoHttp)
    ? params.pinoHttp
    : [(params.pinoHttp ?? {}) as Options, undefined];
  const middleware = stream ? pinoHttp(options, stream) : pinoHttp(options);
  const root = middleware.logger;
  // nestjs-pino sets this in its own middleware setup, which useExisting skips; job-context.ts reads it.
  Object.assign(PinoLogger, { root });
  const autoLogging = options.autoLogging !== false;
  const ignore = typeof options.autoLogging === 'object' ? options.autoLogging.ignore : undefined;
  const completionLevel = (options.useLevel ?? 'info') as Level;

  fastify.addHook('onRequest', (request, reply, done) => {
    const req = request.raw as RawRequest;
    req.id = request.id;
    let logger: Logger;
    if (autoLogging && root.isLevelEnabled(completionLevel) && !ignore?.(req)) {
      middleware(req, reply.raw);
      logger = req.log;
    } else {
      // Store is typed for a pino Logger; PinoLogger only calls level methods and child() on it.
      logger = new DeferredRequestLogger(
        root,
        req,
        reply.raw,
        options.customProps,
      ) as unknown as Logger;
    }
    storage.run(new Store(logger), done);
  });
}

/**
 * Stands in for pino-http's per-request child logger: the same bindings (`req` through the
 * serializers and redaction, then customProps), built on the first line that would print.
 */
export class DeferredRequestLogger {
  private bound?: Logger;

  constructor(
    private readonly root: Logger,
    private readonly req: RawRequest,
    private readonly res: ServerResponse,
    private readonly customProps: Options['customProps'],
  ) {}

  trace(...args: unknown[]): void {
    this.write('trace', args);
  }

  debug(...args: unknown[]): void {
    this.write('debug', args);
  }

  info(...args: unknown[]): void {
    this.write('info', args);
  }

  warn(...args: unknown[]): void {
    this.write('warn', args);
  }

  error(...args: unknown[]): void {
    this.write('error', args);
  }

  fatal(...args: unknown[]): void {
    this.write('fatal', args);
  }

  isLevelEnabled(level: string): boolean {
    return this.root.isLevelEnabled(level);
  }

  child(bindings: Bindings, options?: ChildLoggerOptions): Logger {
    return this.logger().child(bindings, options);
  }

  /** The child logger pino-http would have made for this request. */
  logger(): Logger {
    if (!this.bound) {
      const child = this.root.child({ req: this.req });
      const props =
        typeof this.customProps === 'function'
          ? this.customProps(this.req, this.res)
          : this.customProps;
      this.bound = props ? child.child(props) : child;
    }
    return this.bound;
  }

  private write(level: Level, args: unknown[]): void {
    if (!this.root.isLevelEnabled(level)) return;
    const logger = this.logger();
    (logger[level] as (...a: unknown[]) => void).apply(logger, args);
  }
}
