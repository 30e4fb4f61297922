import { describe, expect, it } from 'vitest';
import type { EffectiveSettings } from './effective-settings.js';
import { checkedReply, replyAuthor } from './reply-composition.js';

const mailbox = { emailAddress: 'alex@northwind.example', displayName: 'Alex Doe' };
const settings = (over: Partial<EffectiveSettings>) =>
  ({ signature: null, owner: {}, ...over }) as EffectiveSettings;

describe('reply composition', () => {
  it('names the owner to the model unless a signature signs the reply', () => {
    expect(replyAuthor(settings({}), mailbox)).toBe('Alex Doe <alex@northwind.example>');
    expect(replyAuthor(settings({ owner: { name: 'Alex' } }), mailbox)).toBe(
      'Alex <alex@northwind.example>',
    );
    expect(replyAuthor(settings({ signature: 'Alex\nNorthwind' }), mailbox)).toBe(
      'alex@northwind.example',
    );
  });

  it("keeps a used note's link, removes any other new link, then signs", () => {
    const text = checkedReply(
      'Prices are at https://northwind.example/renewals, or see https://evil.example/x.',
      {
        original: {
          from: 'ana@brightpath.example',
          subject: 'Renewal',
          body: 'What does it cost?',
        },
        notes: [
          {
            id: 'n1',
            title: 'Renewals',
            body: '12 USD',
            links: ['https://northwind.example/renewals'],
          },
        ],
        maxWords: 200,
        signature: 'Alex\nhttps://northwind.example',
      },
    );
    expect(text).toContain('https://northwind.example/renewals');
    expect(text).not.toContain('evil.example');
    expect(text.endsWith('\n\n-- \nAlex\nhttps://northwind.example')).toBe(true);
  });
});
