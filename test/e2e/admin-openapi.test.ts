import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod, type Type } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmailsController } from '../../src/modules/admin/emails.controller.js';
import { FailedTasksController } from '../../src/modules/admin/failed-tasks.controller.js';
import { MailboxesController } from '../../src/modules/admin/mailboxes.controller.js';
import { ProcessEmailController } from '../../src/modules/admin/process-email.controller.js';
import { StatsController } from '../../src/modules/admin/stats.controller.js';
import { startApp, TestApp } from '../support/app-harness.js';
import { http } from '../support/http.js';

interface Operation {
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; schema?: Record<string, unknown> }[];
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<
      string,
      { properties?: Record<string, Record<string, unknown>>; required?: string[] }
    >;
    securitySchemes: Record<string, unknown>;
  };
}

const CONTROLLERS: Type[] = [
  ProcessEmailController,
  EmailsController,
  FailedTasksController,
  MailboxesController,
  StatsController,
];

/** Every admin route as Nest registers it, read from the controllers' own decorators. */
function adminRoutes(): { method: string; path: string }[] {
  const routes: { method: string; path: string }[] = [];
  for (const controller of CONTROLLERS) {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    for (const name of Object.getOwnPropertyNames(controller.prototype)) {
      const handler = (controller.prototype as Record<string, unknown>)[name];
      if (typeof handler !== 'function' || name === 'constructor') continue;
      const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (paths === undefined || method === undefined) continue;
      for (const p of Array.isArray(paths) ? paths : [paths]) {
        const full = ['/api', base, p]
          .filter((s) => s && s !== '/')
          .join('/')
          .replace(/\/+/g, '/')
          .replace(/\/$/, '');
        routes.push({
          method: RequestMethod[method].toLowerCase(),
          path: full.replace(/:(\w+)/g, '{$1}'),
        });
      }
    }
  }
  return routes;
}

const ref = (name: string) => `#/components/schemas/${name}`;

describe('OpenAPI document of the admin API', () => {
  let t: TestApp;
  let doc: OpenApi;
  beforeAll(async () => {
    t = await startApp({ APP_ROLE: 'api', SWAGGER_ENABLED: 'true' });
    const res = await http<OpenApi>('GET', `${t.url}/api/docs-json`);
    expect(res.status).toBe(200);
    doc = res.body;
  });
  afterAll(async () => t?.close());

  it('lists every admin route, each secured by API key with documented errors', () => {
    const routes = adminRoutes();
    expect(routes).toHaveLength(18);
    for (const { method, path } of routes) {
      const op = doc.paths[path]?.[method];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(op.security).toEqual(expect.arrayContaining([{ 'api-key': [] }, { 'x-api-key': [] }]));
      for (const status of ['401', '403', '429']) {
        expect(
          op.responses[status]?.content?.['application/json'].schema.$ref,
          `${method} ${path} ${status}`,
        ).toBe(ref('ErrorResponseDto'));
      }
      const success = Object.keys(op.responses).find((s) => s.startsWith('2'));
      expect(
        op.responses[success!].content?.['application/json'].schema.$ref,
        `${method} ${path}`,
      ).toMatch(/^#\/components\/schemas\/\w+Dto$/);
    }
    expect(doc.components.securitySchemes).toHaveProperty('api-key');
    expect(doc.components.securitySchemes).toHaveProperty('x-api-key');
  });

  it('documents the mailbox settings routes with their bounded schema', () => {
    const path = doc.paths['/api/v1/mailboxes/{id}/settings'];
    expect(Object.keys(path).sort()).toEqual(['get', 'patch', 'put']);
    for (const method of ['put', 'patch']) {
      expect(path[method].requestBody?.content['application/json'].schema.$ref).toBe(
        ref('MailboxSettingsDto'),
      );
      expect(Object.keys(path[method].responses)).toEqual(
        expect.arrayContaining(['200', '400', '404']),
      );
    }
    expect(path.get.responses['200'].content?.['application/json'].schema.$ref).toBe(
      ref('MailboxSettingsResponseDto'),
    );
    const settings = doc.components.schemas.MailboxSettingsDto.properties!;
    expect(Object.keys(settings)).toEqual([
      'owner_name',
      'about_me',
      'reply_instructions',
      'signature',
      'reply_language',
      'confidence_threshold',
      'daily_draft_cap',
      'daily_llm_call_cap',
      'daily_llm_token_cap',
      'vip_senders',
      'always_draft_senders',
      'never_draft_senders',
      'labels_enabled',
      'label_names',
      'triage_rules',
      'style_examples_enabled',
    ]);
    // Every text field says its bound.
    expect(settings.about_me.maxLength).toBe(2_000);
    expect(settings.signature.maxLength).toBe(1_000);
    expect(settings.triage_rules.maxItems).toBe(20);
    expect(Object.keys(doc.components.schemas.LabelNamesDto.properties!)).toEqual([
      'needs_reply',
      'fyi',
      'spam',
      'skipped',
    ]);
  });

  it('documents the design paths and their exact fields', () => {
    for (const path of ['/api/process-email', '/api/v1/process-email']) {
      const op = doc.paths[path].post;
      expect(op.requestBody?.content['application/json'].schema.$ref).toBe(ref('ProcessEmailDto'));
      expect(op.responses['201'].content?.['application/json'].schema.$ref).toBe(
        ref('ProcessEmailResponseDto'),
      );
      expect(Object.keys(op.responses)).toEqual(
        expect.arrayContaining(['200', '201', '400', '409']),
      );
    }
    for (const path of ['/api/task-status/{task_id}', '/api/v1/task-status/{task_id}']) {
      const op = doc.paths[path].get;
      expect(op.parameters).toEqual([expect.objectContaining({ name: 'task_id', in: 'path' })]);
      expect(op.responses['200'].content?.['application/json'].schema.$ref).toBe(
        ref('TaskStatusDto'),
      );
      expect(Object.keys(op.responses)).toContain('404');
    }
    const schemas = doc.components.schemas;
    expect(Object.keys(schemas.ProcessEmailDto.properties!)).toEqual([
      'email_id',
      'mailbox',
      'force_reprocess',
    ]);
    expect(schemas.ProcessEmailDto.required).toEqual(['email_id']);
    expect(schemas.ProcessEmailDto.properties!.email_id.pattern).toBe('^[A-Za-z0-9_-]{6,64}$');
    expect(Object.keys(schemas.ProcessEmailResponseDto.properties!)).toEqual(
      expect.arrayContaining(['task_id', 'email_id', 'status', 'created_at']),
    );
    expect(Object.keys(schemas.TaskStatusDto.properties!)).toEqual(
      expect.arrayContaining([
        'task_id',
        'email_id',
        'status',
        'stage',
        'correlation_id',
        'created_at',
        'completed_at',
        'ai_response',
      ]),
    );
    expect(Object.keys(schemas.AiResponseSummaryDto.properties!)).toEqual(
      expect.arrayContaining(['category', 'confidence', 'generated_reply', 'draft_id']),
    );
    // Content fields are optional: viewers do not get them.
    expect(schemas.AiResponseSummaryDto.required).not.toContain('generated_reply');
    expect(schemas.ErrorResponseDto.properties).toHaveProperty('error');
    expect(Object.keys(schemas.ErrorBodyDto.properties!)).toEqual([
      'code',
      'message',
      'details',
      'timestamp',
      'request_id',
    ]);
  });

  it('documents query filters, pagination and bodies', () => {
    const names = (path: string) =>
      (doc.paths[path].get.parameters ?? []).map((p) => p.name).sort();
    expect(names('/api/v1/emails')).toEqual([
      'category',
      'cursor',
      'draft_outcome',
      'limit',
      'mailbox',
      'since',
      'status',
      'until',
    ]);
    expect(names('/api/v1/failed-tasks')).toEqual(['cursor', 'limit', 'state']);
    expect(names('/api/v1/stats')).toEqual(['hours', 'since', 'until']);
    expect(
      doc.paths['/api/v1/mailboxes/{id}/backfill'].post.requestBody?.content['application/json']
        .schema.$ref,
    ).toBe(ref('BackfillDto'));
    expect(doc.components.schemas.EmailPageDto.properties).toHaveProperty('next_cursor');
    expect(doc.components.schemas.MailboxDto.properties).not.toHaveProperty(
      'encrypted_refresh_token',
    );
  });
});
