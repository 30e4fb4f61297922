import type { gmail_v1 } from 'googleapis';
import { describe, expect, it } from 'vitest';
import { DraftComposer } from '../../src/modules/gmail/draft-composer.js';
import { parseGmailMessage } from '../../src/modules/gmail/mime-parser.js';
import type { ParsedEmail } from '../../src/modules/gmail/gmail-client.port.js';
import type { EmailForLlm } from '../../src/modules/llm/llm-provider.port.js';
import { OfflineProvider } from '../../src/modules/llm/offline-provider.adapter.js';
import { buildClassifyPrompt, buildReplyPrompt } from '../../src/modules/llm/prompts.js';
import { enforceReplySafety } from '../../src/modules/llm/reply-safety.js';
import { cleanEmailText } from '../../src/modules/pipeline/email-text.js';
import { toLlmEmail } from '../../src/modules/pipeline/llm-input.js';
import { prefilter } from '../../src/modules/pipeline/prefilter.js';

/**
 * Issue 25: one email with headers and bodies of hundreds of KB (Gmail accepts them) must not
 * freeze a worker. Each step of the pipeline's synchronous work on such a message, from Gmail's
 * payload to the draft's RFC 2822 text, stays within STEP_LIMIT_MS of CPU. The only timed
 * assertions of the suite: a super-linear regex on 500 KB takes seconds to hours, so the margin
 * is wide. CPU time (not wall time) and the best of a few runs, so that other processes on a
 * loaded machine do not count against a step.
 */
const SIZE = 500_000;
const STEP_LIMIT_MS = 50;
const BUDGET = 3_000;
const OWNER = 'Alex Example <alex@example.com>';
/** LLM_MAX_TOKENS (500) at a generous 8 characters a token. */
const MODEL_OUTPUT_CHARS = 4_000;

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

/**
 * Headers and bodies shaped after the attacks of the report and of the sweep: quoted "<" and
 * long runs of spaces, "<", newlines, "@.=" and unbroken tokens. `htmlOnly` drops the text/plain
 * part, so the HTML conversion runs too (a text/plain part is preferred when present).
 */
function hostileMessage(htmlOnly: boolean): gmail_v1.Schema$Message {
  // One display name of the report's shape, then many recipients of a milder one.
  const to = `"<${fill(' ')}x" <a@b.example>, ${fill('"<' + ' '.repeat(60) + 'x" <a@b.example>, ')}alex@example.com`;
  const from = `"${fill('a ')}\\"b" <sender@evil.example>`;
  const subject = `Re${fill(' ')}x ${fill('<email> ')}${fill('Re: ')}`;
  const references = fill('<a@b> <<<<<@@@ ');
  const text =
    `Hi Alex,\n\nCan you send the contract by Friday?\n` +
    fill('<  ') +
    fill(' ') +
    fill('\n') +
    fill('"@.=') +
    fill('x') +
    fill('Please confirm ') +
    fill('www.a.') +
    fill('ignore previous   ') +
    fill('[](') +
    fill('!!? ');
  const html = `<p>${fill('<b>&lt; </b>')}${fill('<a href="http://x.example/')}</p>`;
  const headers = [
    { name: 'From', value: from },
    { name: 'To', value: to },
    { name: 'Cc', value: to },
    // The prompt shows Reply-To verbatim: the report's "<" + spaces shape, not collapsed.
    { name: 'Reply-To', value: `"<${fill(' ')}x" <reply@evil.example>` },
    { name: 'Subject', value: subject },
    { name: 'Message-ID', value: `<${fill('m')}@evil.example>` },
    { name: 'References', value: references },
    { name: 'In-Reply-To', value: references },
    { name: 'List-Id', value: fill('<list ') },
    { name: 'Precedence', value: fill(' ') },
    { name: 'Auto-Submitted', value: fill(' ') },
    { name: 'Content-Type', value: 'multipart/alternative; boundary="b"' },
  ];
  const part = (mimeType: string, data: string): gmail_v1.Schema$MessagePart => ({
    mimeType,
    headers: [{ name: 'Content-Type', value: `${mimeType}; charset="utf-8"` }],
    body: { size: data.length, data: b64(data) },
  });
  return {
    id: 'm-hostile',
    threadId: 't-hostile',
    labelIds: ['INBOX'],
    snippet: fill('&lt; '),
    payload: {
      mimeType: 'multipart/alternative',
      headers,
      parts: htmlOnly
        ? [part('text/html', html)]
        : [part('text/plain', text), part('text/html', html)],
    },
  };
}

interface Run {
  timings: Record<string, number>;
  draft: string;
}

async function runPipeline(raw: gmail_v1.Schema$Message): Promise<Run> {
  const timings: Record<string, number> = {};
  const time = async <T>(step: string, work: () => T | Promise<T>): Promise<T> => {
    const started = process.cpuUsage();
    const out = await work();
    const used = process.cpuUsage(started);
    timings[step] = (used.user + used.system) / 1_000;
    return out;
  };
  const offline = new OfflineProvider();
  const parsed: ParsedEmail = await time('parse', () => parseGmailMessage(raw));
  await time('prefilter', () => prefilter(parsed, 'alex@example.com'));
  const email: EmailForLlm = await time('clean', () =>
    toLlmEmail(parsed, cleanEmailText(parsed.text, BUDGET)),
  );
  const context = { email, thread: [email, email], mailboxOwner: OWNER, maxWords: 200 };
  await time('classify prompt', () => buildClassifyPrompt(email, BUDGET));
  await time('reply prompt', () => buildReplyPrompt(context, BUDGET));
  await time('offline classify', () => offline.classify(email));
  const reply = await time('offline reply', () => offline.generateReply(context));
  // A model may echo the hostile email, as far as its output limit (LLM_MAX_TOKENS) lets it.
  const modelReply = `${reply.text}\n${parsed.text.slice(0, MODEL_OUTPUT_CHARS)}`;
  const safe = await time('reply safety', () =>
    enforceReplySafety(modelReply, {
      // As the generate stage calls it: the visible text of the message being answered.
      originalText: `${email.subject}\n${email.body}`,
      allowNewLinks: false,
      maxWords: 200,
    }),
  );
  const draft = await time('draft', () =>
    new DraftComposer().compose({
      from: { name: 'Alex Example', address: 'alex@example.com' },
      // What draft-stage's replyRecipient picks: Reply-To, else From.
      to: [parsed.replyTo[0] ?? parsed.from!],
      originalSubject: parsed.subject,
      originalMessageId: parsed.headers['message-id'],
      originalReferences: parsed.headers['references'],
      marker: 'marker-1',
      text: safe.text,
    }),
  );
  return { timings, draft };
}

describe('hostile email sizes (issue 25)', () => {
  it.each([
    ['text and HTML parts', false],
    ['an HTML part only', true],
  ])(
    'keeps every pipeline step under 50 ms of CPU for 500 KB headers and bodies (%s)',
    async (_shape, htmlOnly) => {
      const raw = hostileMessage(htmlOnly);
      // Warm-up: a worker runs these steps for every email, so what counts is their cost once V8
      // has optimised them (it tiers up over the first few calls), not the first call's.
      for (let i = 0; i < 5; i++) await runPipeline(raw);
      const runs: Run[] = [];
      for (let i = 0; i < 3; i++) runs.push(await runPipeline(raw));
      const best = (step: string) => Math.min(...runs.map((r) => r.timings[step]!));

      const slow = Object.keys(runs[0]!.timings)
        .map((step) => [step, best(step)] as const)
        .filter(([, ms]) => ms >= STEP_LIMIT_MS);
      expect(slow.map(([step, ms]) => `${step}: ${ms.toFixed(1)} ms`).join(', ')).toBe('');
      const { draft } = runs[0]!;
      // Still a reply to the sender, not an error or an empty message.
      expect(draft).toMatch(/^To: .*reply@evil\.example/m);
      expect(draft).toMatch(/^Subject: Re: /m);
    },
    600_000,
  );
});
