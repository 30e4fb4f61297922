import { describe, expect, it } from 'vitest';
import type { ThreadMessageMeta } from '../gmail/gmail-client.port.js';
import { headerAddresses, MAX_ADDRESS_HEADER_CHARS, seenByRecipient } from './thread-visibility.js';

const meta = (headers: Record<string, string>, labelIds = ['INBOX']): ThreadMessageMeta => ({
  id: 'm',
  labelIds,
  headers,
});

describe('seenByRecipient', () => {
  const alice = 'alice@customer.example';

  it('counts a message the recipient sent (addresses compared case-insensitively)', () => {
    expect(seenByRecipient(meta({ from: 'Alice <Alice@Customer.example>' }), alice)).toBe(true);
  });

  it("counts the owner's sent message that had the recipient in To or Cc", () => {
    const sent = (h: Record<string, string>) => meta({ from: 'me@example.com', ...h }, ['SENT']);
    expect(seenByRecipient(sent({ to: `Bob <bob@x.example>, ${alice}` }), alice)).toBe(true);
    expect(seenByRecipient(sent({ to: 'bob@x.example', cc: `"A, C" <${alice}>` }), alice)).toBe(
      true,
    );
  });

  it("leaves out the owner's sent message to someone else", () => {
    expect(
      seenByRecipient(meta({ from: 'me@example.com', to: 'bob@x.example' }, ['SENT']), alice),
    ).toBe(false);
  });

  it("leaves out a third party's message, even one that names the recipient in To/Cc", () => {
    // Without SENT it was not the owner's: anyone can write a To header.
    expect(
      seenByRecipient(meta({ from: 'mallory@evil.example', to: alice, cc: alice }), alice),
    ).toBe(false);
    expect(seenByRecipient(meta({ from: 'me@example.com', to: alice }), alice)).toBe(false);
  });

  it('compares exactly: no gmail dot or +tag folding', () => {
    expect(seenByRecipient(meta({ from: 'a.lice@gmail.com' }), 'alice@gmail.com')).toBe(false);
    expect(seenByRecipient(meta({ from: 'alice+x@gmail.com' }), 'alice@gmail.com')).toBe(false);
  });

  it('leaves out a message without headers', () => {
    expect(seenByRecipient(meta({}, ['SENT']), alice)).toBe(false);
  });
});

describe('headerAddresses', () => {
  it('parses only the bounded head of a huge header and drops the address cut at the bound', () => {
    const some = Array.from({ length: 300 }, (_, i) => `u${i}@x.example`).join(', ') + ', ';
    // The bound falls inside "bob@example.community", whose head reads as "bob@example.com".
    const head = some.padEnd(MAX_ADDRESS_HEADER_CHARS - 'bob@example.com'.length, ' ');
    const value = `${head}bob@example.community, ${'c@y.example, '.repeat(50_000)}`;
    expect(value.slice(0, MAX_ADDRESS_HEADER_CHARS).endsWith('bob@example.com')).toBe(true);
    const list = headerAddresses(value);
    expect(list).toHaveLength(300);
    expect(list).not.toContain('bob@example.com');
    expect(list[299]).toBe('u299@x.example');
  });
});
