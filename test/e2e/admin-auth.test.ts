import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobQueueService } from '../../src/core/queue/job-queue.service.js';
import { QueueName } from '../../src/core/queue/queue.constants.js';
import { startApp, TestApp } from '../support/app-harness.js';
import { expectErrorShape, http } from '../support/http.js';

type Role = 'viewer' | 'operator' | 'admin';

const sha = (key: string) => createHash('sha256').update(key).digest('hex');
const KEYS: Record<Role, string> = {
  viewer: `v-${randomBytes(16).toString('hex')}`,
  operator: `o-${randomBytes(16).toString('hex')}`,
  admin: `a-${randomBytes(16).toString('hex')}`,
};
const ADMIN_API_KEYS = (Object.keys(KEYS) as Role[])
  .map((role) => `${role}:${sha(KEYS[role])}`)
  .join(',');
const ROLES: Role[] = ['viewer', 'operator', 'admin'];
const RANK: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };

const id = randomUUID();
/** Every admin route with the weakest role allowed to use it. */
const ROUTES: { method: string; path: string; role: Role; body?: unknown }[] = [
  {
    method: 'POST',
    path: '/api/v1/process-email',
    role: 'operator',
    body: { email_id: 'abcdef123456' },
  },
  {
    method: 'POST',
    path: '/api/process-email',
    role: 'operator',
    body: { email_id: 'abcdef123456' },
  },
  { method: 'GET', path: `/api/v1/task-status/${id}`, role: 'viewer' },
  { method: 'GET', path: `/api/task-status/${id}`, role: 'viewer' },
  { method: 'GET', path: '/api/v1/emails', role: 'viewer' },
  { method: 'GET', path: '/api/v1/emails/1', role: 'viewer' },
  { method: 'GET', path: '/api/v1/failed-tasks', role: 'viewer' },
  { method: 'POST', path: '/api/v1/failed-tasks/1/retry', role: 'operator' },
  { method: 'POST', path: '/api/v1/failed-tasks/1/resolve', role: 'operator' },
  { method: 'GET', path: '/api/v1/mailboxes', role: 'viewer' },
  { method: 'POST', path: `/api/v1/mailboxes/${id}/watch`, role: 'admin' },
  { method: 'POST', path: `/api/v1/mailboxes/${id}/pause`, role: 'operator' },
  { method: 'POST', path: `/api/v1/mailboxes/${id}/resume`, role: 'operator' },
  { method: 'POST', path: `/api/v1/mailboxes/${id}/backfill`, role: 'operator', body: { days: 1 } },
  { method: 'GET', path: '/api/v1/stats', role: 'viewer' },
  { method: 'GET', path: '/api/admin/queues', role: 'operator' },
];

describe('admin API authentication and roles', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ APP_ROLE: 'api', ADMIN_API_KEYS });
  });
  afterAll(async () => t?.close());

  const call = (route: (typeof ROUTES)[number], headers: Record<string, string> = {}) =>
    http(route.method, `${t.url}${route.path}`, { body: route.body, headers });

  it.each(ROUTES)('$method $path: 401 without a key or with an unknown one', async (route) => {
    const attempts: Record<string, string>[] = [
      {},
      { 'x-api-key': 'not-a-key' },
      { authorization: `Bearer ${sha(KEYS.admin)}` },
      { authorization: 'Bearer' },
    ];
    for (const headers of attempts) {
      const res = await call(route, headers);
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expectErrorShape(res.body);
      expect(res.body.error.code).toBe('UNAUTHORIZED');
    }
  });

  it.each(ROUTES)('$method $path: 403 below $role, allowed from $role up', async (route) => {
    for (const role of ROLES) {
      const res = await call(route, { 'x-api-key': KEYS[role] });
      if (RANK[role] < RANK[route.role]) {
        expect(res.status, role).toBe(403);
        expectErrorShape(res.body);
        expect(res.body.error).toMatchObject({
          code: 'FORBIDDEN',
          details: { required_role: route.role, role },
        });
      } else {
        expect([401, 403], `${role}: ${res.text.slice(0, 200)}`).not.toContain(res.status);
      }
    }
  });

  it('accepts the key as X-API-Key or as a Bearer token', async () => {
    expect(
      (await http('GET', `${t.url}/api/v1/stats`, { headers: { 'x-api-key': KEYS.viewer } }))
        .status,
    ).toBe(200);
    expect(
      (
        await http('GET', `${t.url}/api/v1/stats`, {
          headers: { authorization: `Bearer ${KEYS.viewer}` },
        })
      ).status,
    ).toBe(200);
  });

  it('only the admin rate limit applies to admin routes', async () => {
    const res = await http('GET', `${t.url}/api/v1/stats`, {
      headers: { 'x-api-key': KEYS.viewer },
    });
    expect(res.headers.get('x-ratelimit-limit-admin')).toBe(
      String(t.config.ADMIN_RATE_LIMIT_PER_MINUTE),
    );
    expect(res.headers.get('x-ratelimit-limit-webhook')).toBeNull();
  });

  it('leaves health and metrics unauthenticated', async () => {
    expect((await http('GET', `${t.url}/api/health/live`)).status).toBe(200);
    expect((await http('GET', `${t.url}/api/health`)).status).toBe(200);
    expect((await http('GET', `${t.url}/api/metrics`)).status).toBe(200);
  });
});

describe('queue dashboard', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ APP_ROLE: 'api', ADMIN_API_KEYS });
  });
  afterAll(async () => t?.close());

  const basic = (key: string) => `Basic ${Buffer.from(`ops:${key}`).toString('base64')}`;

  it('asks a browser to log in, and refuses viewers', async () => {
    const anonymous = await http('GET', `${t.url}/api/admin/queues`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Basic /);
    expectErrorShape(anonymous.body);
    const viewer = await http('GET', `${t.url}/api/admin/queues`, {
      headers: { authorization: basic(KEYS.viewer) },
    });
    expect(viewer.status).toBe(403);
    // Its static files and JSON API are behind the same check.
    expect((await http('GET', `${t.url}/api/admin/queues/api/queues`)).status).toBe(401);
    expect((await http('GET', `${t.url}/api/admin/queues/static/favicon-32x32.png`)).status).toBe(
      401,
    );
  });

  it('serves the board and the four queues to operators (Basic, X-API-Key or Bearer)', async () => {
    const page = await http('GET', `${t.url}/api/admin/queues`, {
      headers: { authorization: basic(KEYS.operator) },
    });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.text).toContain('<base href="/api/admin/queues/"');
    const asset = /static\/js\/main\.[^"']+\.js/.exec(page.text)?.[0];
    expect(asset).toBeTruthy();
    const script = await http('GET', `${t.url}/api/admin/queues/${asset}`, {
      headers: { authorization: basic(KEYS.operator) },
    });
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');

    const api = await http('GET', `${t.url}/api/admin/queues/api/queues`, {
      headers: { 'x-api-key': KEYS.admin },
    });
    expect(api.status).toBe(200);
    const names = (api.body.queues as { name: string }[]).map((q) => q.name).sort();
    expect(names).toEqual(['batch', 'default', 'priority', 'sync']);
    expect(
      (
        await http('GET', `${t.url}/api/admin/queues/api/queues`, {
          headers: { authorization: `Bearer ${KEYS.operator}` },
        })
      ).status,
    ).toBe(200);
  });

  it('refuses cross-site state changes made with browser (Basic) credentials', async () => {
    const pause = (headers: Record<string, string>) =>
      http('PUT', `${t.url}/api/admin/queues/api/queues/batch/pause`, { headers });
    const crossSite = await pause({
      authorization: basic(KEYS.operator),
      origin: 'https://evil.example',
      'sec-fetch-site': 'cross-site',
    });
    expect(crossSite.status).toBe(403);
    const queue = t.app.get(JobQueueService).queues()[QueueName.Batch];
    expect(await queue.isPaused()).toBe(false);
    const sameOrigin = await pause({
      authorization: basic(KEYS.operator),
      'sec-fetch-site': 'same-origin',
    });
    expect(sameOrigin.status).toBeLessThan(300);
    expect(await queue.isPaused()).toBe(true);
    await queue.resume();
  });
});

describe('admin API without configured keys', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ APP_ROLE: 'api', ADMIN_API_KEYS: '' });
  });
  afterAll(async () => t?.close());

  it('fails closed: every admin route answers 401, health stays open', async () => {
    for (const route of ROUTES) {
      const res = await http(route.method, `${t.url}${route.path}`, {
        body: route.body,
        headers: { 'x-api-key': KEYS.admin },
      });
      expect(res.status, route.path).toBe(401);
    }
    expect((await http('GET', `${t.url}/api/health/live`)).status).toBe(200);
  });
});

describe('admin rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ APP_ROLE: 'api', ADMIN_API_KEYS, ADMIN_RATE_LIMIT_PER_MINUTE: '5' });
  });
  afterAll(async () => t?.close());

  it('answers 429 in the standard format once a caller exceeds the limit', async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 6; i++) {
      last = await http('GET', `${t.url}/api/v1/stats`, { headers: { 'x-api-key': KEYS.viewer } });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expectErrorShape(last!.body);
    expect(last!.body.error.code).toBe('RATE_LIMITED');
    expect((await http('GET', `${t.url}/api/health/live`)).status).toBe(200);
  });
});
