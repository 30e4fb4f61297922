import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventually } from '../support/http.js';
import { openAiPipeline } from '../support/openai-pipeline.js';

/**
 * The model's answer is untrusted content: when a stage fails on it, the failure is logged with
 * its code, but the text itself (kept in failed_tasks for operators) never reaches the logs.
 */
describe('a stage failing on unreadable LLM output', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'llm-output-logs-')), 'app.log');
  const MARKER = 'zebra-marker-5f1c9e';
  const { rig, openai } = openAiPipeline({ LOG_LEVEL: 'warn', LOG_FILE: file });

  it('logs the failure with its code and never the model’s text', async () => {
    openai.respondWith(() => `no JSON here, only ${MARKER} twice: ${MARKER}`);
    const mb = await rig.mailbox();
    const msg = await rig.receive(mb.emailAddress, {
      from: 'Sam Buyer <sam@buyer.example>',
      subject: 'Can we meet next week?',
      text: 'Could we schedule a call next Tuesday about the renewal?',
    });
    const row = await rig.settled(msg.id);
    expect(row.status).toBe('failed');
    const [dead] = await rig.failedTasks(row.task_id);
    // Operators still get the raw answer, from the database.
    expect(dead.raw_output).toContain(MARKER);

    const failure = await eventually(async () =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, any>)
        .find((l) => l.msg === 'stage failed for good' && l.taskId === row.task_id),
    );
    expect(readFileSync(file, 'utf8')).not.toContain(MARKER);
    expect(failure).toMatchObject({
      stage: 'classify',
      err: { type: 'AppError', code: 'LLM_INVALID_OUTPUT', status: 502 },
    });
  });
});
