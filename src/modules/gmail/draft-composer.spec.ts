import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRaw } from '../../../test/fakes/gmail/gmail-fake.mime.js';
import {
  DraftComposer,
  MAX_REFERENCES,
  replyReferences,
  replySubject,
  type ReplyDraftSpec,
} from './draft-composer.js';
import { parseGmailMessage } from './mime-parser.js';

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
    ['Re: Aw:  RE[3] : Sv:Antw: Hello', 'Re: Hello'],
    ['Re: Fwd: Re: Hello', 'Re: Fwd: Re: Hello'],
    ['Re:   ', 'Re:'],
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

  it("opens the body with the owner's note on one line, then a blank line and the reply", async () => {
    const { parsed } = await composeAndParse({
      ownerNote: '[Check before sending: replies go to x@other.example.\r\nDelete this line.]',
    });
    expect(parsed.text.replace(/\r\n/g, '\n')).toBe(
      '[Check before sending: replies go to x@other.example. Delete this line.]\n\n' +
        'Hi Bob,\n\nThanks, will do.\n',
    );
  });

  it('writes the reply alone when there is no note', async () => {
    const { parsed } = await composeAndParse({ ownerNote: undefined });
    expect(parsed.text.replace(/\r\n/g, '\n')).toBe('Hi Bob,\n\nThanks, will do.\n');
  });
});

describe('DraftComposer bodies and headers', () => {
  // Any text the model writes comes back out of the draft exactly, line breaks as CRLF (trailing
  // line breaks aside: build() ends every message with one, and the parser drops a lone one).
  const line = fc.string({ unit: 'grapheme', maxLength: 120 }).map((l) => l.replace(/[\r\n]/g, ''));
  const text = fc.oneof(
    fc.array(line, { maxLength: 30 }).map((lines) => lines.join('\n')),
    fc.constantFrom('', '\n', 'trailing space \n', '='.repeat(200), 'a'.repeat(20_000)),
  );

  it('round-trips any reply text through the MIME encoding', async () => {
    await fc.assert(
      fc.asyncProperty(text, line, async (body, subject) => {
        const { parsed } = await composeAndParse({ text: body, originalSubject: subject });
        expect(withoutTrailingBreaks(parsed.text.replace(/\r\n/g, '\n'))).toBe(
          withoutTrailingBreaks(body),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('sets Date, a fresh Message-ID at the sender domain and MIME-Version', async () => {
    const compose = (from = 'alice@example.com') =>
      new DraftComposer().compose({
        from: { address: from },
        to: [{ address: 'bob@example.org' }],
        originalSubject: 'x',
        marker: 'm',
        text: 'y',
      });
    const raw = await compose();
    expect(raw).toMatch(/^Date: .+\r\n/m);
    // nodemailer's own id, in the sender's domain.
    expect(raw).toMatch(/^Message-ID: <[^<>@\s]+@example\.com>\r\n/m);
    // A new id per draft.
    expect((await compose()).match(/^Message-ID: (.+)$/m)![1]).not.toBe(
      raw.match(/^Message-ID: (.+)$/m)![1],
    );
    expect(raw).toMatch(/^MIME-Version: 1\.0\r\n/m);
    expect(raw.endsWith('y\r\n')).toBe(true);
    // An internationalised domain in punycode.
    expect(await compose('alice@bücher.example')).toMatch(
      /^Message-ID: <[^>]+@xn--bcher-kva\.example>\r\n/m,
    );
  });
});

function withoutTrailingBreaks(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '\n') end--;
  return text.slice(0, end);
}
