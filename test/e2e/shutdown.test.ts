import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpenAiFake } from '../fakes/openai.fake.js';
import { eventually } from '../support/http.js';
import { PipelineRig } from '../support/pipeline-rig.js';

/** SIGTERM path (main.ts calls app.close()): in-flight jobs finish before the process exits. */
describe('graceful shutdown', () => {
  const rig = new PipelineRig();
  const openai = new OpenAiFake();

  beforeAll(async () => {
    await openai.start();
    await rig.start({
      LLM_PROVIDER: 'openai',
      OPENAI_API_KEY: openai.apiKey,
      OPENAI_BASE_URL: openai.baseURL,
      LLM_SDK_MAX_RETRIES: '0',
    });
  });
  afterAll(async () => {
    await rig.gmail.stop();
    await rig.oidc.stop();
    await openai.stop();
  });

  it('lets a job that is mid-LLM-call finish and record its result', async () => {
    const mb = await rig.mailbox();
    openai.reply({
      text: '{"category":"informational","confidence":0.9,"reasoning":"fyi"}',
      delayMs: 1500,
    });
    const msg = await rig.receive(mb.emailAddress, {
      from: 'a@b.example',
      subject: 'FYI',
      text: 'Just so you know, the office is closed Friday.',
    });
    await eventually(async () => openai.requests.length > 0);
    const started = Date.now();
    await rig.t.close();
    // close() waited for the LLM answer instead of abandoning the job.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    const rows = await (async () => {
      const { Client } = await import('pg');
      const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
      await client.connect();
      const r = await client.query(
        `SELECT t.status, r.category FROM processing_tasks t JOIN emails e ON e.id = t.email_id LEFT JOIN ai_responses r ON r.task_id = t.id WHERE e.message_id = $1`,
        [msg.id],
      );
      await client.end();
      return r.rows;
    })();
    expect(rows).toEqual([{ status: 'completed', category: 'informational' }]);
  });
});
