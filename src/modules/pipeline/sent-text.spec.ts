import { describe, expect, it } from 'vitest';
import { aParsedEmail } from '../../../test/support/builders.js';
import { MAX_SAMPLE_CHARS, ownerSentText } from './sent-text.js';

const OWNER = 'alex@bakery.example';
const sent = (text: string, from = OWNER) =>
  aParsedEmail({ from: { name: 'Alex', address: from }, text });

describe("ownerSentText (the owner's own words in a sent message)", () => {
  it('keeps what the owner wrote and cuts the quoted reply below it', () => {
    const text = [
      'Hi Dana,',
      '',
      'sure, Thursday works for me. I will bring the samples.',
      '',
      'On Tue, 3 Mar 2026 at 10:00, Dana <dana@example.com> wrote:',
      '> Could we meet on Thursday? My account number is 12345.',
    ].join('\n');
    expect(ownerSentText(sent(text), OWNER)).toBe(
      'Hi Dana,\n\nsure, Thursday works for me. I will bring the samples.',
    );
  });

  it('cuts the signature and forwarded messages, and drops > lines', () => {
    const text = [
      'Happy to help, see the forwarded notes from our supplier.',
      '> an inline quote of someone else',
      'Cheers',
      '-- ',
      'Alex Baker · +33 1 23 45 67 89',
    ].join('\n');
    expect(ownerSentText(sent(text), OWNER)).toBe(
      'Happy to help, see the forwarded notes from our supplier.\nCheers',
    );
    const forwarded = [
      'FYI, the supplier confirmed the delivery date for the flour order.',
      '---------- Forwarded message ---------',
      'From: Supplier <s@flour.example>',
      'Secret prices inside.',
    ].join('\n');
    expect(ownerSentText(sent(forwarded), OWNER)).toBe(
      'FYI, the supplier confirmed the delivery date for the flour order.',
    );
    const german =
      'Anbei die Unterlagen, die wir besprochen haben, viele Grüße\n-----Ursprüngliche Nachricht-----\nVon: x';
    expect(ownerSentText(sent(german), OWNER)).toBe(
      'Anbei die Unterlagen, die wir besprochen haben, viele Grüße',
    );
  });

  it('is null for mail someone else sent, whatever its labels, and for too little text', () => {
    const text = 'A long enough message that reads like a real reply from a person.';
    expect(ownerSentText(sent(text, 'dana@example.com'), OWNER)).toBeNull();
    expect(ownerSentText(aParsedEmail({ from: null, text }), OWNER)).toBeNull();
    expect(ownerSentText(sent('Thanks!'), OWNER)).toBeNull();
    // The owner's address compares without case.
    expect(ownerSentText(sent(text, 'Alex@Bakery.example'), OWNER)).toBe(text);
  });

  it('bounds the sample and the text it reads', () => {
    const long = `${'word '.repeat(100_000)}`;
    const started = performance.now();
    const text = ownerSentText(sent(long), OWNER)!;
    expect(performance.now() - started).toBeLessThan(200);
    expect(text.length).toBeLessThanOrEqual(MAX_SAMPLE_CHARS + 2);
    expect(text.endsWith(' …')).toBe(true);
  });
});
