import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, TestApp } from '../support/app-harness.js';
import { http } from '../support/http.js';

const root = resolve(import.meta.dirname, '../..');
const redoclyCli = join(root, 'node_modules/@redocly/cli/bin/cli.js');

interface Problem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer?: string }[];
}
interface LintReport {
  totals: { errors: number; warnings: number };
  problems: Problem[];
}
interface OpenApi {
  servers?: { url: string }[];
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        security?: object[];
        parameters?: { name: string; schema?: { type?: string } }[];
      }
    >
  >;
  components: {
    securitySchemes: Record<string, Record<string, unknown>>;
    schemas: Record<string, { properties?: Record<string, { type?: string }> }>;
  };
}

/** Runs `redocly lint` (recommended ruleset, ./redocly.yaml) on a file; exits 1 on errors. */
async function lint(file: string): Promise<LintReport> {
  const run = promisify(execFile);
  const args = [redoclyCli, 'lint', file, '--config', join(root, 'redocly.yaml'), '--format=json'];
  // No telemetry or update check: CI reaches only the package registry.
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
  const out = await run(process.execPath, args, { cwd: root, env }).catch(
    (error: { code?: number; stdout?: string; stderr?: string }) => {
      if (error.code === 1 && error.stdout) return { stdout: error.stdout };
      throw new Error(`redocly lint failed: ${error.stderr ?? String(error)}`);
    },
  );
  return JSON.parse(out.stdout) as LintReport;
}

const describeProblem = (p: Problem) =>
  `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer ?? '?'}: ${p.message}`;

describe('OpenAPI document lint (Redocly recommended)', () => {
  let t: TestApp;
  let dir: string;
  let doc: OpenApi;
  let report: LintReport;
  beforeAll(async () => {
    t = await startApp({ APP_ROLE: 'api', SWAGGER_ENABLED: 'true' });
    const res = await http<OpenApi>('GET', `${t.url}/api/docs-json`);
    expect(res.status).toBe(200);
    doc = res.body;
    dir = await mkdtemp(join(tmpdir(), 'openapi-lint-'));
    const file = join(dir, 'openapi.json');
    await writeFile(file, res.text);
    report = await lint(file);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('has no errors, and no warnings but the probes having no 4XX response', () => {
    const errors = report.problems.filter((p) => p.severity === 'error');
    expect(errors.map(describeProblem)).toEqual([]);
    expect(report.totals.errors).toBe(0);
    // Accepted: the health probes answer 200 or 503 only (no input, no auth, no rate limit).
    const warnings = report.problems.filter((p) => p.severity !== 'error');
    expect(warnings.map((p) => `${p.ruleId} ${p.location[0]?.pointer ?? '?'}`).sort()).toEqual(
      ['/api/health', '/api/health/live', '/api/health/ready'].map(
        (path) => `operation-4xx-response #/paths/${path.replaceAll('/', '~1')}/get/responses`,
      ),
    );
  });

  it('declares every security scheme a route names, with the right kind of token', () => {
    const schemes = doc.components.securitySchemes;
    const used = new Set<string>();
    for (const ops of Object.values(doc.paths)) {
      for (const op of Object.values(ops)) {
        for (const requirement of op.security ?? [])
          Object.keys(requirement).forEach((n) => used.add(n));
      }
    }
    expect([...used].sort()).toEqual(['api-key', 'pubsub-oidc', 'session', 'x-api-key']);
    for (const name of used) expect(schemes, name).toHaveProperty(name);
    // The admin key is opaque; only the Pub/Sub push carries a JWT (Google's OIDC ID token).
    expect(schemes['api-key']).not.toHaveProperty('bearerFormat');
    expect(schemes['pubsub-oidc']).toMatchObject({ scheme: 'bearer', bearerFormat: 'JWT' });
    expect(doc.paths['/api/webhook/gmail'].post.security).toEqual([{ 'pubsub-oidc': [] }]);
    // The console's session is a cookie; signing in needs no credential.
    expect(schemes.session).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'ea_session' });
    expect(doc.paths['/api/v1/session'].post.security).toEqual([]);
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/' })]);
  });

  it('gives alias routes unique, URL-safe operationIds', () => {
    const ids = Object.values(doc.paths).flatMap((ops) =>
      Object.values(ops).map((op) => op.operationId),
    );
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_]+$/);
    expect(doc.paths['/api/v1/process-email'].post.operationId).toBe(
      'ProcessEmailController_process',
    );
    expect(doc.paths['/api/process-email'].post.operationId).toBe(
      'ProcessEmailController_process_alias1',
    );
  });

  it('documents counts, ids and sizes as integers, fractions as numbers', () => {
    const type = (schema: string, field: string) =>
      doc.components.schemas[schema]?.properties?.[field]?.type;
    for (const [schema, field] of [
      ['StatsDto', 'emails'],
      ['StatsDto', 'drafts_created'],
      ['FailedTaskDto', 'id'],
      ['FailedTaskDto', 'retry_count'],
      ['EmailListItemDto', 'id'],
      ['AiResponseDetailDto', 'tokens_used'],
      ['BackfillDto', 'days'],
      ['BackfillResultDto', 'days'],
    ]) {
      expect(type(schema, field), `${schema}.${field}`).toBe('integer');
    }
    expect(type('AiResponseDetailDto', 'cost_usd')).toBe('number');
    expect(type('AiResponseSummaryDto', 'confidence')).toBe('number');
    const param = (path: string, name: string) =>
      doc.paths[path].get.parameters?.find((p) => p.name === name)?.schema?.type;
    expect(param('/api/v1/emails', 'limit')).toBe('integer');
    expect(param('/api/v1/stats', 'hours')).toBe('integer');
  });
});
