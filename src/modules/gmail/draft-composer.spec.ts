import { describe, expect, it } from 'vitest';
import { parseRaw } from '../../demo/sandbox/gmail-sandbox.mime';
import {
  DraftComposer,
  MAX_REFERENCES,
  replyReferences,
  replySubject,
  type ReplyDraftSpec,
} from './draft-composer';
import { parseGmailMessage } from './mime-parser';

// Round-trips through an independent RFC 822 → Gmail payload parser (the fake's) and our parser.
async function composeAndParse(overrides: Partial<ReplyDraftSpec> = {}) {
  const raw = await new DraftComposer().compose({
    from: { name: 'Alice Assistant', address: 'alice@example.com' },
    to: [{ name: 'Bob', address: 'bob@example.org' }],
    originalSubject: 'Quarterly numbers',
    originalMessageId: '<orig-1@example.org>',
    originalReferences: '<root@example.org> <mid@example.org>',
    marker: 'eas-task-42',
    text: 'Hi Bob,\n\nThanks, will do.\n',
    ...overrides,
  });
  const { payload } = parseRaw(Buffer.from(raw, 'utf8'), 'draft');
  return { raw, parsed: parseGmailMessage({ id: 'm1', threadId: 't1', payload }) };
}

describe('replySubject', () => {
  it.each([
    ['Hello', 'Re: Hello'],
    ['Re: Hello', 'Re: Hello'],
    ['RE: RE: Hello', 'Re: Hello'],
    ['Aw: Hello', 'Re: Hello'],
    ['Re[2]: Hello', 'Re: Hello'],
    ['re :Hello', 'Re: Hello'],
    ['Fwd: Hello', 'Re: Fwd: Hello'],
    ['Reply needed', 'Re: Reply needed'],
    ['', 'Re:'],
  ])('%j → %j', (input, expected) => {
    expect(replySubject(input)).toBe(expected);
  });
});

describe('replyReferences', () => {
  it('appends the original id once and keeps the first id when trimming', () => {
    const chain = Array.from({ length: 30 }, (_, i) => `<id${i}@x>`).join(' ');
    const refs = replyReferences(chain, 'id29@x');
    expect(refs).toHaveLength(MAX_REFERENCES);
    expect(refs[0]).toBe('<id0@x>');
    expect(refs.at(-1)).toBe('<id29@x>');
    expect(new Set(refs).size).toBe(refs.length);
  });
});

describe('DraftComposer', () => {
  it('writes threading headers, the marker and a utf-8 text body', async () => {
    const { parsed, raw } = await composeAndParse();
    expect(parsed.subject).toBe('Re: Quarterly numbers');
    expect(parsed.headers['in-reply-to']).toBe('<orig-1@example.org>');
    expect(parsed.headers.references).toBe(
      '<root@example.org> <mid@example.org> <orig-1@example.org>',
    );
    expect(parsed.headers['x-ai-assistant-marker']).toBe('eas-task-42');
    expect(parsed.from).toEqual({ name: 'Alice Assistant', address: 'alice@example.com' });
    expect(parsed.to).toEqual([{ name: 'Bob', address: 'bob@example.org' }]);
    expect(parsed.text.replace(/\r\n/g, '\n')).toBe('Hi Bob,\n\nThanks, will do.\n');
    expect(raw).toMatch(/^Content-Type: text\/plain; charset=utf-8/im);
    expect(raw).not.toMatch(/^X-Mailer:/im);
  });

  it('encodes non-ASCII subjects, names and bodies so they decode back exactly', async () => {
    const text = 'Grüße aus Köln — привет, 日本語テキスト 🎉\n';
    const { parsed, raw } = await composeAndParse({
      originalSubject: 'AW: Änderung der Verträge – 請求書',
      from: { name: 'Jörg Müller', address: 'joerg@example.de' },
      to: [{ name: 'Doe, Jane', address: 'jane@example.org' }],
      text,
    });
    // Headers are 7-bit on the wire; the words are RFC 2047 encoded.
    // eslint-disable-next-line no-control-regex -- the point is to allow every 7-bit byte
    expect(raw.split(/\r?\n\r?\n/)[0]).toMatch(/^[\x00-\x7f]*$/);
    expect(raw).toMatch(/^Subject: =\?UTF-8\?/im);
    expect(parsed.subject).toBe('Re: Änderung der Verträge – 請求書');
    expect(parsed.from).toEqual({ name: 'Jörg Müller', address: 'joerg@example.de' });
    expect(parsed.to).toEqual([{ name: 'Doe, Jane', address: 'jane@example.org' }]);
    expect(parsed.text.replace(/\r\n/g, '\n')).toBe(text);
  });

  it('omits threading headers when the original had no Message-ID', async () => {
    const { raw } = await composeAndParse({
      originalMessageId: undefined,
      originalReferences: undefined,
    });
    expect(raw).not.toMatch(/^In-Reply-To:/im);
    expect(raw).not.toMatch(/^References:/im);
  });

  it('strips header injection attempts from the subject', async () => {
    const { parsed, raw } = await composeAndParse({
      originalSubject: 'Hi\r\nBcc: victim@example.net',
    });
    expect(raw).not.toMatch(/^Bcc:/im);
    expect(parsed.subject).toBe('Re: Hi Bcc: victim@example.net');
  });

  it('rejects a marker that is not a plain token', async () => {
    await expect(composeAndParse({ marker: 'bad\r\nX-Evil: 1' })).rejects.toThrow(/marker/);
  });
});
