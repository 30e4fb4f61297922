import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/core/net/free-port.js';
import { startApp, TestApp } from '../support/app-harness.js';
import { testEnv } from '../support/env.js';
import { http } from '../support/http.js';
import { runMain } from '../support/run-main.js';

const OPERATOR_KEY = `o-${randomBytes(16).toString('hex')}`;
const ADMIN_API_KEYS = `operator:${createHash('sha256').update(OPERATOR_KEY).digest('hex')}`;

function expectSecurityHeaders(headers: Headers, what: string): void {
  expect(headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(headers.get('x-frame-options'), what).toBe('DENY');
  expect(headers.get('content-security-policy'), what).toContain("frame-ancestors 'none'");
}

/** Asset URLs an HTML page loads from this origin (script src and stylesheet href). */
function sameOriginAssets(html: string, pageUrl: string): string[] {
  const refs = [...html.matchAll(/(?:src|href)="([^"]{1,300})"/g)].map((m) => m[1]);
  return refs
    .map((ref) => new URL(ref, pageUrl))
    .filter((u) => u.origin === new URL(pageUrl).origin && /\.(js|css)$/.test(u.pathname))
    .map((u) => u.href);
}

describe('security headers, Swagger and the queue dashboard', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ APP_ROLE: 'api', SWAGGER_ENABLED: 'true', ADMIN_API_KEYS });
  });
  afterAll(() => t?.close());

  it('sends nosniff, DENY and frame-ancestors on JSON answers and errors', async () => {
    expectSecurityHeaders((await http('GET', `${t.url}/api/health/live`)).headers, 'health');
    expectSecurityHeaders((await http('GET', `${t.url}/api/v1/emails`)).headers, '401');
    expectSecurityHeaders((await http('GET', `${t.url}/api/nowhere`)).headers, '404');
  });

  it('serves Swagger UI with the headers, and its assets load', async () => {
    const page = await http('GET', `${t.url}/api/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expectSecurityHeaders(page.headers, 'swagger ui');
    const assets = sameOriginAssets(page.text, `${t.url}/api/docs/`);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      const res = await http('GET', asset);
      expect(res.status, asset).toBe(200);
      expect(res.headers.get('content-type'), asset).toMatch(/javascript|css/);
    }
    expect((await http('GET', `${t.url}/api/docs-json`)).status).toBe(200);
  });

  it('serves the queue dashboard with the headers, and its assets load', async () => {
    const headers = { 'x-api-key': OPERATOR_KEY };
    const page = await http('GET', `${t.url}/api/admin/queues`, { headers });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expectSecurityHeaders(page.headers, 'bull-board');
    const assets = sameOriginAssets(page.text, `${t.url}/api/admin/queues/`);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      const res = await http('GET', asset, { headers });
      expect(res.status, asset).toBe(200);
      expect(res.headers.get('content-type'), asset).toMatch(/javascript|css/);
    }
    const api = await http('GET', `${t.url}/api/admin/queues/api/queues`, { headers });
    expect(api.status).toBe(200);
    expectSecurityHeaders(api.headers, 'bull-board api');
  });
});

describe('SWAGGER_ENABLED and METRICS_PORT', () => {
  let t: TestApp;
  let metricsPort: number;
  beforeAll(async () => {
    metricsPort = await freePort();
    t = await startApp({ APP_ROLE: 'api', METRICS_PORT: String(metricsPort) });
  });
  afterAll(() => t?.close());

  it('has no Swagger UI or document unless SWAGGER_ENABLED=true', async () => {
    expect((await http('GET', `${t.url}/api/docs`)).status).toBe(404);
    expect((await http('GET', `${t.url}/api/docs-json`)).status).toBe(404);
  });

  it('serves /api/metrics on METRICS_PORT only, not on the public port', async () => {
    const hidden = await http('GET', `${t.url}/api/metrics?x=1`);
    expect(hidden.status).toBe(404);
    expect(hidden.text).not.toContain('process_cpu_user_seconds_total');
    const metrics = await http('GET', `http://127.0.0.1:${metricsPort}/api/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.text).toContain('process_cpu_user_seconds_total');
    expect(metrics.text).toContain('http_requests_total');
    expect((await http('GET', `http://127.0.0.1:${metricsPort}/api/health`)).status).toBe(404);
    expect((await http('GET', `${t.url}/api/health/live`)).status).toBe(200);
  });
});

describe('client address and X-Forwarded-For (TRUST_PROXY)', () => {
  const limited = {
    APP_ROLE: 'api',
    ADMIN_RATE_LIMIT_PER_MINUTE: '3',
    WEBHOOK_RATE_LIMIT_PER_MINUTE: '3',
  };
  /** Statuses of 5 calls, each claiming a different client address. */
  const rotate = async (url: string, method: 'GET' | 'POST') => {
    const statuses: number[] = [];
    for (let i = 1; i <= 5; i++) {
      const res = await http(method, url, {
        body: method === 'POST' ? { message: { data: 'e30=', messageId: '1' } } : undefined,
        headers: { 'x-forwarded-for': `203.0.113.${i}`, authorization: 'Bearer a.b.c' },
      });
      statuses.push(res.status);
    }
    return statuses;
  };

  it('ignores X-Forwarded-For by default: a new address per request does not escape the limits', async () => {
    const t = await startApp(limited);
    try {
      expect(await rotate(`${t.url}/api/v1/emails`, 'GET')).toEqual([401, 401, 401, 429, 429]);
      expect(await rotate(`${t.url}/api/webhook/gmail`, 'POST')).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await t.close();
    }
  });

  it('follows X-Forwarded-For from a peer named in TRUST_PROXY', async () => {
    const t = await startApp({ ...limited, TRUST_PROXY: '127.0.0.1' });
    try {
      expect(await rotate(`${t.url}/api/v1/emails`, 'GET')).toEqual([401, 401, 401, 401, 401]);
      expect(await rotate(`${t.url}/api/webhook/gmail`, 'POST')).toEqual([401, 401, 401, 401, 401]);
    } finally {
      await t.close();
    }
  });
});

describe('api role boot checks (PUBSUB_AUDIENCE, WEBHOOK_ENABLED)', () => {
  it('refuses to boot the api role without the push settings: exit 78, one line naming them', async () => {
    const run = runMain({
      ...testEnv({ APP_ROLE: 'api' }),
      PUBSUB_AUDIENCE: '',
      PUBSUB_SERVICE_ACCOUNT_EMAIL: '',
    });
    // Bounded wait, so a process that boots after all is not left running.
    const code = await Promise.race([
      run.exited,
      new Promise((resolve) => setTimeout(() => resolve('still running'), 25_000)),
    ]);
    run.child.kill('SIGKILL');
    expect(code).toBe(78);
    const lines = run.err().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^config error: PUBSUB_AUDIENCE, PUBSUB_SERVICE_ACCOUNT_EMAIL: /);
    expect(lines[0]).toContain('WEBHOOK_ENABLED=false');
  }, 30_000);

  it('refuses to create the api app without them either (every caller of bootstrapApi)', async () => {
    await expect(startApp({ APP_ROLE: 'all', PUBSUB_AUDIENCE: '' })).rejects.toThrow(
      /PUBSUB_AUDIENCE: required/,
    );
  });

  it('boots with WEBHOOK_ENABLED=false, and the webhook route does not exist', async () => {
    const t = await startApp({
      APP_ROLE: 'api',
      WEBHOOK_ENABLED: 'false',
      PUBSUB_AUDIENCE: '',
      PUBSUB_SERVICE_ACCOUNT_EMAIL: '',
    });
    try {
      const res = await http('POST', `${t.url}/api/webhook/gmail`, {
        body: { message: { data: 'e30=', messageId: '1' } },
      });
      expect(res.status).toBe(404);
      expect((await http('GET', `${t.url}/api/health/live`)).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
