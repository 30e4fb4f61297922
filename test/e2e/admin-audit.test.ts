import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, TestApp } from '../support/app-harness.js';
import { eventually, http } from '../support/http.js';
import { seedMailbox, uniqueAddress } from '../support/seed.js';

const sha = (key: string) => createHash('sha256').update(key).digest('hex');
const OPERATOR = `o-${randomBytes(16).toString('hex')}`;
const KEY_ID = sha(OPERATOR).slice(0, 12);

/**
 * State-changing admin calls leave an audit line naming the key (its short id and role, never
 * the key), the route template and the target ids; read-only calls leave none.
 */
describe('audit log of admin mutations', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'admin-audit-')), 'app.log');
  let t: TestApp;
  const headers = { 'x-api-key': OPERATOR };
  const auditLines = () =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, any>)
      .filter((l) => l.msg === 'admin action');

  beforeAll(async () => {
    t = await startApp({
      APP_ROLE: 'api',
      LOG_LEVEL: 'info',
      LOG_FILE: file,
      ADMIN_API_KEYS: `operator:${sha(OPERATOR)}`,
    });
  });
  afterAll(() => t?.close());

  it('logs process-email with the key id, role, route and the run it started', async () => {
    const mailbox = await seedMailbox(t.app, uniqueAddress('audit'));
    const emailId = randomBytes(8).toString('hex');
    const res = await http('POST', `${t.url}/api/v1/process-email`, {
      body: { email_id: emailId, mailbox: mailbox.emailAddress },
      headers: { ...headers, 'x-request-id': 'audit-process-1' },
    });
    expect(res.status).toBe(201);
    const line = await eventually(async () => auditLines().find((l) => l.emailId === emailId));
    expect(line).toMatchObject({
      level: 30,
      audit: true,
      keyId: KEY_ID,
      role: 'operator',
      route: 'POST /api/v1/process-email',
      taskId: res.body.task_id,
      created: true,
      forceReprocess: false,
      correlationId: 'audit-process-1',
    });
    expect(readFileSync(file, 'utf8')).not.toContain(OPERATOR);
  });

  it('logs queue dashboard mutations, not its reads', async () => {
    const queues = await http('GET', `${t.url}/api/admin/queues/api/queues`, { headers });
    expect(queues.status).toBe(200);
    const name: string = queues.body.queues[0].name;
    const clean = await http(
      'PUT',
      `${t.url}/api/admin/queues/api/queues/${encodeURIComponent(name)}/clean/completed`,
      { headers },
    );
    expect(clean.status).toBe(200);
    const line = await eventually(async () =>
      auditLines().find((l) => l.route?.includes('/clean/')),
    );
    expect(line).toMatchObject({
      audit: true,
      keyId: KEY_ID,
      role: 'operator',
      route: 'PUT /api/admin/queues/api/queues/:queueName/clean/:queueStatus',
      queue: name,
      queueStatus: 'completed',
      status: 200,
    });
    expect(auditLines().filter((l) => l.route?.startsWith('GET '))).toEqual([]);
    expect(readFileSync(file, 'utf8')).not.toContain(OPERATOR);
  });
});
