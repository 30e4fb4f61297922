import { describe, expect, it } from 'vitest';
import type { ParsedEmail } from '../gmail/gmail-client.port.js';
import { replyTarget } from './reply-recipient.js';

type Addr = { name?: string; address: string };
const mail = (from: Addr | null, replyTo: Addr[] = []): Pick<ParsedEmail, 'from' | 'replyTo'> => ({
  from,
  replyTo,
});
const dana = { name: 'Dana', address: 'dana@customer.example' };

describe('replyTarget', () => {
  describe('flag (default)', () => {
    it('replies to From when there is no Reply-To, with no note', () => {
      expect(replyTarget(mail(dana), 'flag')).toEqual({ to: dana });
    });

    it('honours a Reply-To in the same domain (any case) silently', () => {
      const billing = { address: 'Billing@Customer.Example' };
      expect(replyTarget(mail(dana, [billing]), 'flag')).toEqual({ to: billing });
    });

    it('honours a Reply-To in another domain and tells the owner where the reply goes', () => {
      const other = { address: 'x@other.example' };
      expect(replyTarget(mail(dana, [other]), 'flag')).toEqual({
        to: other,
        ownerNote:
          "[Check before sending: replies go to x@other.example (the sender's Reply-To), " +
          "not the sender's domain customer.example. Delete this line.]",
      });
    });

    it('flags a subdomain of the sender too (domains compared exactly)', () => {
      const sub = { address: 'x@mail.customer.example' };
      expect(replyTarget(mail(dana, [sub]), 'flag')?.ownerNote).toContain(
        'x@mail.customer.example',
      );
    });

    it('flags a Reply-To when the message has no From', () => {
      const other = { address: 'x@other.example' };
      expect(replyTarget(mail(null, [other]), 'flag')).toEqual({
        to: other,
        ownerNote: expect.stringContaining('the message has no From address'),
      });
    });

    it('prints the address without invisible or control characters, bounded', () => {
      // A right-to-left override would make the owner read another address than the To.
      const tricky = { address: `x\u202e@evil.example\r\nBcc: y@z${'a'.repeat(5000)}` };
      const note = replyTarget(mail(dana, [tricky]), 'flag')!.ownerNote!;
      expect(note).not.toMatch(/[\u202e\r\n]/);
      expect(note).toContain('x@evil.exampleBcc:y@z');
      expect(note.length).toBeLessThan(400);
    });
  });

  it('follow: honours any Reply-To without a note', () => {
    const other = { address: 'x@other.example' };
    expect(replyTarget(mail(dana, [other]), 'follow')).toEqual({ to: other });
  });

  it('ignore: always replies to From', () => {
    expect(replyTarget(mail(dana, [{ address: 'x@other.example' }]), 'ignore')).toEqual({
      to: dana,
    });
    expect(replyTarget(mail(null, [{ address: 'x@other.example' }]), 'ignore')).toBeNull();
  });

  it('is null when there is nobody to reply to', () => {
    for (const policy of ['flag', 'follow', 'ignore'] as const)
      expect(replyTarget(mail(null), policy)).toBeNull();
  });
});
