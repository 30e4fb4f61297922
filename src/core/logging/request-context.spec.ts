import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../config/load-config';
import { loggerOptions } from './logger.options';
import { DeferredRequestLogger } from './request-context';

function request(id: string): { req: IncomingMessage & { id?: string }; res: ServerResponse } {
  const req = new IncomingMessage(new Socket()) as IncomingMessage & { id?: string };
  req.method = 'POST';
  req.url = '/api/webhook/gmail';
  req.headers = { authorization: 'Bearer secret.token.here', 'x-request-id': id };
  req.id = id;
  return { req, res: new ServerResponse(req) };
}

/** The app's pino-http, writing to memory. */
function appLogging(level: string) {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const { pinoHttp: options } = loggerOptions(
    loadConfig({ LOG_LEVEL: level, APP_ROLE: 'api' }),
    '1.2.3',
  );
  const middleware = pinoHttp(options as never, stream);
  return { middleware, root: middleware.logger, lines, options: options as { customProps: never } };
}

const withoutTime = ({ time: _time, ...rest }: Record<string, unknown>) => rest;

describe('DeferredRequestLogger', () => {
  it('builds no child logger while nothing prints', () => {
    const { root, lines, options } = appLogging('warn');
    const child = vi.spyOn(root, 'child');
    const { req, res } = request('req-quiet');
    const logger = new DeferredRequestLogger(root, req, res, options.customProps);
    logger.info({ context: 'X' }, 'not printed at warn');
    logger.debug('nor this');
    expect(child).not.toHaveBeenCalled();
    expect(lines).toEqual([]);
  });

  it('prints exactly the line pino-http’s request logger would, with the correlation id', () => {
    const deferred = appLogging('warn');
    const { req, res } = request('req-42');
    new DeferredRequestLogger(deferred.root, req, res, deferred.options.customProps).warn(
      { context: 'Svc' },
      'something odd',
    );

    const reference = appLogging('warn');
    const other = request('req-42');
    reference.middleware(other.req, other.res);
    (other.req as IncomingMessage & { log: Logger }).log.warn({ context: 'Svc' }, 'something odd');

    expect(deferred.lines.map(withoutTime)).toEqual(reference.lines.map(withoutTime));
    expect(deferred.lines[0]).toMatchObject({
      level: 40,
      req: { id: 'req-42', method: 'POST', url: '/api/webhook/gmail' },
      correlationId: 'req-42',
      context: 'Svc',
      msg: 'something odd',
    });
    expect(JSON.stringify(deferred.lines)).not.toContain('secret.token.here');
  });

  it('builds the child once and hands it out for child()', () => {
    const { root, lines, options } = appLogging('info');
    const child = vi.spyOn(root, 'child');
    const { req, res } = request('req-7');
    const logger = new DeferredRequestLogger(root, req, res, options.customProps);
    logger.info('one');
    logger.error(new Error('boom'), 'two');
    logger.child({ jobId: 'j1' }).info('three');
    // Children share the spied method: req, customProps (both as pino-http), then the caller's.
    expect(child).toHaveBeenCalledTimes(3);
    expect(logger.logger()).toBe(logger.logger());
    expect(lines.map((l) => [l.msg, l.correlationId])).toEqual([
      ['one', 'req-7'],
      ['two', 'req-7'],
      ['three', 'req-7'],
    ]);
    expect(lines[2]).toMatchObject({ jobId: 'j1' });
  });
});
