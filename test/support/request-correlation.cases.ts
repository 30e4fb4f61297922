import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, TestApp } from './app-harness.js';
import { eventually, expectErrorShape, http } from './http.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The correlation id of a request: echoed as X-Request-Id, in error bodies and in every log line
 * written while the request is handled, whether or not the level prints request lines. The
 * webhook whose signing keys cannot be fetched answers 503 and logs an error inside its handler
 * (after the body is parsed), which makes a convenient probe.
 */
/** pino-http's line for a finished request (`errored` for a 5xx such as the probe's 503). */
const COMPLETION = /^request (completed|errored)$/;
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** Well-formed enough that jose asks the (unreachable) JWKS for its key. */
const TOKEN = `${b64({ alg: 'RS256', kid: 'probe', typ: 'JWT' })}.${b64({ sub: 'x' })}.c2lnbmF0dXJl`;
/**
 * One level per test file: nestjs-pino keeps one root logger per process (the first app's), so
 * a second app with other log settings in the same file would write through the first's.
 */
export function describeRequestCorrelation(level: 'warn' | 'info'): void {
  describe(`request correlation at LOG_LEVEL=${level}`, () => {
    let t: TestApp;
    const file = join(mkdtempSync(join(tmpdir(), 'request-logging-')), 'app.log');
    const lines = () =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, any>);
    const probeLine = (id: string) =>
      eventually(async () =>
        lines().find((l) => l.correlationId === id && l.msg === 'request failed'),
      );
    const push = (headers: Record<string, string> = {}, query = '') =>
      http('POST', `${t.url}/api/webhook/gmail${query}`, {
        body: { message: { data: 'e30=', messageId: '1' } },
        headers: { authorization: `Bearer ${TOKEN}`, ...headers },
      });

    beforeAll(async () => {
      t = await startApp({
        APP_ROLE: 'api',
        LOG_LEVEL: level,
        LOG_FILE: file,
        // Nothing listens there: the keys cannot be fetched.
        GOOGLE_OIDC_JWKS_URL: 'http://127.0.0.1:9/certs',
      });
    });
    afterAll(() => t?.close());

    it('keeps a sane X-Request-Id: echoed, in the error body and in the handler’s log line', async () => {
      const res = await push({ 'x-request-id': `probe-${level}-1` });
      expect(res.status).toBe(503);
      expectErrorShape(res.body);
      expect(res.headers.get('x-request-id')).toBe(`probe-${level}-1`);
      expect(res.body.error.request_id).toBe(`probe-${level}-1`);
      expect(await probeLine(`probe-${level}-1`)).toMatchObject({
        level: 50,
        role: 'api',
        req: { id: `probe-${level}-1`, method: 'POST', url: '/api/webhook/gmail' },
        context: 'HttpExceptionFilter',
      });
      expect(readFileSync(file, 'utf8')).not.toContain(TOKEN.split('.')[2]);
    });

    it('gives a request without a usable X-Request-Id a fresh uuid, used everywhere', async () => {
      for (const headers of [{}, { 'x-request-id': 'has spaces, commas' }] as Record<
        string,
        string
      >[]) {
        const res = await push(headers);
        const id = res.headers.get('x-request-id')!;
        expect(id).toMatch(UUID);
        expect(res.body.error.request_id).toBe(id);
        expect((await probeLine(id)).req.id).toBe(id);
      }
    });

    it('logs the path of a request without its query string', async () => {
      const res = await push(
        { 'x-request-id': `query-${level}` },
        `?token=query-secret-${level}&api_key=query-key-${level}`,
      );
      expect(res.status).toBe(503);
      const line = await probeLine(`query-${level}`);
      expect(line.req.url).toBe('/api/webhook/gmail');
      expect(line.url).toBe('/api/webhook/gmail');
      if (level === 'info') {
        await eventually(async () =>
          lines().find((l) => COMPLETION.test(l.msg) && l.req?.id === `query-${level}`),
        );
      }
      expect(readFileSync(file, 'utf8')).not.toContain(`query-secret-${level}`);
      expect(readFileSync(file, 'utf8')).not.toContain(`query-key-${level}`);
    });

    it(
      level === 'info'
        ? 'logs each request’s completion, except health probes'
        : 'writes no request lines',
      async () => {
        await http('GET', `${t.url}/api/health/live`, {
          headers: { 'x-request-id': `live-${level}` },
        });
        const res = await push({ 'x-request-id': `done-${level}` });
        expect(res.status).toBe(503);
        await probeLine(`done-${level}`);
        const completed = (id: string) =>
          lines().find((l) => COMPLETION.test(l.msg) && l.req?.id === id);
        if (level === 'info') {
          expect(await eventually(async () => completed(`done-${level}`))).toMatchObject({
            correlationId: `done-${level}`,
            res: { statusCode: 503 },
          });
        } else {
          expect(completed(`done-${level}`)).toBeUndefined();
        }
        expect(completed(`live-${level}`)).toBeUndefined();
      },
    );
  });
}
