import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, TestApp } from '../support/app-harness';
import { eventually, expectErrorShape, http } from '../support/http';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The correlation id of a request: echoed as X-Request-Id, in error bodies and in every log line
 * written while the request is handled, whether or not the level prints request lines. The
 * webhook without PUBSUB_AUDIENCE logs an error inside its handler (after the body is parsed),
 * which makes a convenient probe.
 */
for (const level of ['warn', 'info'] as const) {
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
        lines().find((l) => l.correlationId === id && /PUBSUB_AUDIENCE/.test(l.msg)),
      );
    const push = (headers: Record<string, string> = {}) =>
      http('POST', `${t.url}/api/webhook/gmail`, {
        body: { message: { data: 'e30=', messageId: '1' } },
        headers: { authorization: 'Bearer a.b.c', ...headers },
      });

    beforeAll(async () => {
      t = await startApp({
        APP_ROLE: 'api',
        LOG_LEVEL: level,
        LOG_FILE: file,
        PUBSUB_AUDIENCE: '',
      });
    });
    afterAll(() => t?.close());

    it('keeps a sane X-Request-Id: echoed, in the error body and in the handler’s log line', async () => {
      const res = await push({ 'x-request-id': `probe-${level}-1` });
      expect(res.status).toBe(401);
      expectErrorShape(res.body);
      expect(res.headers.get('x-request-id')).toBe(`probe-${level}-1`);
      expect(res.body.error.request_id).toBe(`probe-${level}-1`);
      expect(await probeLine(`probe-${level}-1`)).toMatchObject({
        level: 50,
        role: 'api',
        req: { id: `probe-${level}-1`, method: 'POST', url: '/api/webhook/gmail' },
        context: 'OidcVerifier',
      });
      expect(readFileSync(file, 'utf8')).not.toContain('a.b.c');
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

    it(
      level === 'info'
        ? 'logs each request’s completion, except health probes'
        : 'writes no request lines',
      async () => {
        await http('GET', `${t.url}/api/health/live`, {
          headers: { 'x-request-id': `live-${level}` },
        });
        const res = await push({ 'x-request-id': `done-${level}` });
        expect(res.status).toBe(401);
        await probeLine(`done-${level}`);
        const completed = (id: string) =>
          lines().find((l) => l.msg === 'request completed' && l.req?.id === id);
        if (level === 'info') {
          expect(await eventually(async () => completed(`done-${level}`))).toMatchObject({
            correlationId: `done-${level}`,
            res: { statusCode: 401 },
          });
        } else {
          expect(completed(`done-${level}`)).toBeUndefined();
        }
        expect(completed(`live-${level}`)).toBeUndefined();
      },
    );
  });
}
