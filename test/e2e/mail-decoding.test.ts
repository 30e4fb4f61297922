import { describe, expect, it } from 'vitest';
import { openAiPipeline } from '../support/openai-pipeline.js';

const FYI = '{"category":"informational","confidence":0.9,"reasoning":"announcement"}';

/**
 * Issues 26 and 25: what reaches the LLM from mail Gmail hands over converted to UTF-8 under a
 * legacy charset label, and from HTML too deep for the full conversion.
 */
describe('mail decoding through the pipeline (Gmail fake, OpenAI fake recording prompts)', () => {
  const { rig, openai } = openAiPipeline();

  it('gives the model "Communiqué" from a windows-1252 body Gmail served converted', async () => {
    const mb = await rig.mailbox();
    rig.gmail.mailbox(mb.emailAddress).textBodies = 'converted';
    openai.respondWith((req) => (req.jsonRequested ? FYI : 'Thanks'));
    const msg = await rig.receive(mb.emailAddress, {
      from: 'Presse <presse@agence.example>',
      subject: 'Communiqué de presse',
      charset: 'windows-1252',
      text: 'Communiqué: the “new” office opens on Monday; entry costs 5 €.',
    });
    const row = await rig.settled(msg.id);
    expect(row).toMatchObject({ status: 'completed', category: 'informational' });
    const prompt = openai.requests[0]!.userText;
    expect(prompt).toContain('Communiqué: the “new” office opens on Monday; entry costs 5 €.');
    expect(prompt).not.toContain('Ã');
  });

  it('triages an HTML-only email of 5,000 nested divs instead of dead-lettering it', async () => {
    const mb = await rig.mailbox();
    openai.respondWith((req) => (req.jsonRequested ? FYI : 'Thanks'));
    const msg = await rig.receive(mb.emailAddress, {
      subject: 'Layout',
      html:
        '<div>'.repeat(5_000) + '<p>Quarterly figures are attached.</p>' + '</div>'.repeat(5_000),
    });
    const row = await rig.settled(msg.id);
    expect(row).toMatchObject({ status: 'completed', category: 'informational' });
    expect(await rig.failedTasks(row.task_id)).toEqual([]);
    expect(openai.requests[0]!.userText).toContain('Quarterly figures are attached.');
  });
});
