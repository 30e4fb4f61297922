import type { EmailForLlm, ReplyNote } from '../../src/modules/llm/llm-provider.port.js';
import { classifyOffline } from '../../src/modules/llm/offline-classifier.js';
import { writeOfflineReply } from '../../src/modules/llm/offline-reply-writer.js';
import type { FakeLlmAnswer, FakeLlmRequest } from './llm-fake.server.js';

/**
 * Default answer of both fakes, deterministic so end-to-end tests can run the whole pipeline:
 * classification requests get JSON from the offline heuristic classifier run on the email inside
 * the prompt's <email> block; reply requests get the offline template reply, which passes on the
 * first knowledge note of the prompt's <notes> block (as a model told to use it would), so a test
 * sees a note reach the prompt and its link reach the draft. Model-like in form (classification
 * as bare JSON, reply as plain text), not in wit.
 */
export function defaultLlmAnswer(request: FakeLlmRequest): FakeLlmAnswer {
  const email = emailFromPrompt(request.userText);
  if (request.jsonRequested || /\bclassify\b/i.test(request.userText)) {
    const result = classifyOffline(email);
    return {
      text: JSON.stringify({
        category: result.category,
        confidence: result.confidence,
        reasoning: result.reasoning.replace(/^Offline heuristic: /, ''),
      }),
    };
  }
  const owner = request.system.match(/on behalf of ([^.]+)\./)?.[1] ?? '';
  const maxWords = Number(request.system.match(/At most (\d+) words/)?.[1] ?? 200);
  return {
    text: writeOfflineReply({
      email,
      thread: [],
      mailboxOwner: owner === 'the mailbox owner' ? '' : owner,
      maxWords,
      notes: notesFromPrompt(request.userText),
    }),
  };
}

/** Reads back the email block written by src/modules/llm/prompts.ts (last <email> … </email>). */
export function emailFromPrompt(prompt: string): EmailForLlm {
  // The block starts on its own line with From:; the prompt also mentions "<email>" in prose.
  const blocks = [...prompt.matchAll(/^<email>\n(From:[\s\S]*?)\n<\/email>$/gm)];
  const block = blocks.length ? blocks[blocks.length - 1][1] : prompt;
  const lines = block.split('\n');
  const headers: Record<string, string> = {};
  let from = '';
  let to: string | undefined;
  let subject = '';
  let labelIds: string[] | undefined;
  let i = 0;
  for (; i < lines.length && lines[i].trim() !== ''; i++) {
    const match = lines[i].match(/^([\w-]+(?: labels)?):\s?(.*)$/i);
    if (!match) break;
    const [, key, value] = match;
    if (/^from$/i.test(key)) from = value;
    else if (/^to$/i.test(key)) to = value;
    else if (/^subject$/i.test(key)) subject = value;
    else if (/^gmail labels$/i.test(key)) labelIds = value.split(/,\s*/);
    else headers[key] = value;
  }
  return { from, to, subject, headers, labelIds, body: lines.slice(i).join('\n').trim() };
}

/** Reads back the notes block written by src/modules/llm/owner-texts-prompt.ts, in order. */
export function notesFromPrompt(prompt: string): ReplyNote[] {
  const block = /^<notes>\n([\s\S]*?)\n<\/notes>$/m.exec(prompt)?.[1];
  if (!block) return [];
  return [...block.matchAll(/^<note>\nTitle: (.*)\n([\s\S]*?)\n<\/note>$/gm)].map(
    ([, title, rest], i) => {
      const lines = rest.split('\n');
      const last = lines[lines.length - 1];
      const links = last.startsWith('Links: ') ? last.slice(7).split(' ') : [];
      const body = (links.length ? lines.slice(0, -1) : lines).join('\n');
      return { id: `prompt-note-${i}`, title, body, links };
    },
  );
}
