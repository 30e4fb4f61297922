import { describe, expect, it } from 'vitest';
import type { GmailMessageSpec } from '../fakes/gmail/gmail-message.builder.js';
import type { TextBodies } from '../fakes/gmail/gmail-fake.mime.js';
import { useGmailAdapterHarness } from './gmail-adapter.harness.js';

/**
 * Issue 26: Gmail's `format=full` is reported to hand text bodies over converted to UTF-8 while
 * the Content-Type keeps the original charset; the fake can do either. Every legacy charset must
 * come out exactly right both ways, through the real googleapis client and the adapter.
 */
const { fake, makeAdapter, newMailbox } = useGmailAdapterHarness();

const CASES: [string, string, GmailMessageSpec['transferEncoding']][] = [
  ['iso-8859-1', 'Communiqué: café crème, naïve façade', 'quoted-printable'],
  ['windows-1252', 'Communiqué — “quoted” and ‘single’, 5 € … ok', 'quoted-printable'],
  ['shift_jis', 'こんにちは、請求書を添付します。', 'base64'],
  ['big5', '您好，請查收附件。謝謝！', 'base64'],
  ['koi8-r', 'Добрый день! Счёт во вложении.', 'base64'],
  ['iso-2022-jp', 'お世話になっております。会議の件です。', '7bit'],
];
const MODES: TextBodies[] = ['converted', 'original'];

describe('non-UTF-8 text bodies through googleapis and the adapter', () => {
  it.each(CASES.flatMap(([charset, text, cte]) => MODES.map((mode) => [charset, mode, text, cte])))(
    '%s body served %s is decoded exactly',
    async (charset, mode, text, transferEncoding) => {
      const gmail = makeAdapter();
      const creds = newMailbox();
      const spec = { charset, text: `${text}\r\n`, subject: `Re: ${text}`, transferEncoding };
      const sent = fake.deliver(creds.emailAddress, spec as GmailMessageSpec, {
        textBodies: mode as TextBodies,
      });
      // The fake really serves what the mode says: the header keeps the sender's charset.
      const part = fake.message(creds.emailAddress, sent.id)!.parsed.payload;
      expect(part.headers?.find((h) => h.name === 'Content-Type')?.value).toContain(charset);
      const served = Buffer.from(part.body!.data!, 'base64url');
      expect(served.equals(Buffer.from(`${text}\r\n`, 'utf8'))).toBe(mode === 'converted');

      const email = await gmail.getMessage(creds, sent.id);
      expect(email.text).toBe(`${text}\r\n`);
      expect(email.subject).toBe(`Re: ${text}`);
    },
  );

  it('decodes a converted windows-1252 HTML-only body', async () => {
    const gmail = makeAdapter();
    const creds = newMailbox();
    const sent = fake.deliver(
      creds.emailAddress,
      { charset: 'windows-1252', html: '<p>Communiqué: “Prix” 20 €</p>' },
      { textBodies: 'converted' },
    );
    const email = await gmail.getMessage(creds, sent.id);
    expect(email).toMatchObject({ text: 'Communiqué: “Prix” 20 €', fromHtml: true });
  });
});
