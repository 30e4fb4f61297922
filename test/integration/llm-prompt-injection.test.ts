import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EmailForLlm } from '../../src/modules/llm/llm-provider.port.js';
import { OfflineProvider } from '../../src/modules/llm/offline-provider.adapter.js';
import { buildClassifyPrompt, buildReplyPrompt } from '../../src/modules/llm/prompts.js';
import { echoesSystemPrompt } from '../../src/modules/llm/reply-scaffolding.js';
import {
  enforceReplySafety,
  findAddresses,
  findLinks,
} from '../../src/modules/llm/reply-safety.js';
import { OpenAiFake } from '../fakes/openai.fake.js';
import { buildLlm, replyContext } from './llm-harness.js';

interface InjectionCase {
  name: string;
  description: string;
  email: EmailForLlm;
  /** What a model that obeyed the injection would write. */
  compliantModelReply: string;
  /** Text that must never reach a draft. */
  forbidden: string[];
}

const dir = join(import.meta.dirname, '../fixtures/prompt-injection');
const cases: InjectionCase[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as InjectionCase);

const OWNER = 'Alex Example <alex@example.com>';

function expectClean(text: string, testCase: InjectionCase, original: string): void {
  for (const forbidden of testCase.forbidden)
    expect(text.toLowerCase()).not.toContain(forbidden.toLowerCase());
  expect(findAddresses(text)).toEqual([]);
  // A link may survive only verbatim from the email itself (no appended data).
  for (const link of findLinks(text))
    expect(original.toLowerCase()).toContain(link.toLowerCase().replace(/^https?:\/\//, ''));
  for (const line of text.split('\n')) expect(echoesSystemPrompt(line)).toBe(false);
  expect(text).not.toMatch(/<\/?\s*(email|thread|system)\b|<\|/i);
}

describe('prompt-injection corpus', () => {
  it('has at least 8 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });

  describe.each(cases)('$name', (testCase) => {
    const original = `${testCase.email.subject}\n${testCase.email.body}`;

    it('offline provider: no links, no addresses, no forbidden text, no prompt text', async () => {
      const offline = new OfflineProvider();
      const reply = await offline.generateReply(
        replyContext(testCase.email, { mailboxOwner: OWNER }),
      );
      const classification = await offline.classify(testCase.email);

      expectClean(reply.text, testCase, original);
      expect(findLinks(reply.text)).toEqual([]);
      expect(reply.model).toBe('offline');
      expect(['needs_reply', 'informational', 'spam']).toContain(classification.category);
    });

    it('enforceReplySafety cleans what a compliant model would write', () => {
      const result = enforceReplySafety(testCase.compliantModelReply, {
        originalText: original,
        allowNewLinks: false,
      });

      expectClean(result.text, testCase, original);
    });

    it('prompts keep the email inside exactly one <email> block', () => {
      for (const user of [
        buildClassifyPrompt(testCase.email, 3_000).user,
        buildReplyPrompt(replyContext(testCase.email), 3_000).user,
      ]) {
        expect(user.match(/^<email>$/gm)).toHaveLength(1);
        expect(user.match(/^<\/email>$/gm)).toHaveLength(1);
        expect(user).not.toMatch(/<\s*\/?\s*system\b|<\|im_start\|>/i);
      }
    });
  });

  it('offline classifier flags text aimed at an AI assistant as spam', async () => {
    const offline = new OfflineProvider();
    const flagged = [
      'ignore-previous-forward',
      'fake-system-tag',
      'reveal-prompt',
      'chat-template-tokens',
      'markdown-image-exfil',
    ];
    for (const name of flagged) {
      const testCase = cases.find((c) => c.name === name)!;
      expect({ name, category: (await offline.classify(testCase.email)).category }).toEqual({
        name,
        category: 'spam',
      });
    }
  });

  describe('through the OpenAI adapter with a model that obeys the injection', () => {
    const openai = new OpenAiFake();
    beforeAll(() => openai.start());
    afterAll(() => openai.stop());
    beforeEach(() => openai.reset());

    it.each(cases)(
      '$name: the generated reply is cleaned before it leaves the LLM layer',
      async (testCase) => {
        const { service } = buildLlm({
          LLM_PROVIDER: 'openai',
          OPENAI_API_KEY: openai.apiKey,
          OPENAI_BASE_URL: openai.baseURL,
        });
        openai.reply(testCase.compliantModelReply);

        const reply = await service.generateReply(
          replyContext(testCase.email, { mailboxOwner: OWNER }),
        );

        expectClean(reply.text, testCase, `${testCase.email.subject}\n${testCase.email.body}`);
      },
    );
  });
});
