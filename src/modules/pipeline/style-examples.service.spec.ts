import { createMock } from '@golevelup/ts-vitest';
import { describe, expect, it } from 'vitest';
import { aParsedEmail } from '../../../test/support/builders.js';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import type { GmailClient, GmailCredentials, ParsedEmail } from '../gmail/gmail-client.port.js';
import { MessageCache } from './message-cache.service.js';
import { StyleExamplesService } from './style-examples.service.js';

const creds: GmailCredentials = {
  mailboxId: 'mb-1',
  emailAddress: 'alex@bakery.example',
  refreshToken: 'x',
};
const TEXT = 'Hi Dana, happy to help with that. Talk soon, Alex from the bakery';

function setup(messages: ParsedEmail[]) {
  const gmail = createMock<GmailClient>();
  gmail.listMessages.mockResolvedValue(messages.map((m) => ({ id: m.id, threadId: m.id })));
  const cache = createMock<MessageCache>();
  cache.get.mockImplementation(async (_c, id) => messages.find((m) => m.id === id)!);
  return { gmail, service: new StyleExamplesService(gmail, cache) };
}

const sent = (id: string, to: string, from = creds.emailAddress, text = TEXT) =>
  aParsedEmail({ id, from: { address: from }, to: [{ address: to }], text });

describe('StyleExamplesService', () => {
  it("searches the owner's mail to the recipient once, keeping only their own mail to them", async () => {
    const { gmail, service } = setup([
      sent('a', 'dana@example.com'),
      sent('b', 'dana@example.com', 'delegate@example.com'),
      // Gmail matched it (a Bcc, a list), but Dana is not among its recipients.
      sent('c', 'sam@example.com'),
    ]);
    expect(await service.forRecipient(creds, 'Dana@Example.com')).toEqual([TEXT]);
    expect(await service.forRecipient(creds, 'dana@example.com')).toEqual([TEXT]);
    expect(gmail.listMessages).toHaveBeenCalledTimes(1);
    expect(gmail.listMessages).toHaveBeenCalledWith(creds, {
      query: 'in:sent to:dana@example.com',
      maxResults: 5,
    });
  });

  it('never puts anything but a plain address into the Gmail query', async () => {
    const { gmail, service } = setup([]);
    for (const bad of [
      'a b@example.com',
      'x@example.com OR in:inbox',
      '"q"@example.com',
      undefined,
    ])
      expect(await service.forRecipient(creds, bad)).toEqual([]);
    expect(gmail.listMessages).not.toHaveBeenCalled();
  });

  it('answers no samples when Gmail fails, and asks again next time', async () => {
    const { gmail, service } = setup([sent('a', 'dana@example.com')]);
    gmail.listMessages.mockRejectedValueOnce(
      new AppError(ErrorCodes.GMAIL_RATE_LIMITED, 'quota', { retryable: true }),
    );
    expect(await service.forRecipient(creds, 'dana@example.com')).toEqual([]);
    expect(await service.forRecipient(creds, 'dana@example.com')).toEqual([TEXT]);
    expect(gmail.listMessages).toHaveBeenCalledTimes(2);
  });

  it("falls back to the shape of the owner's mail to others, none of its content", async () => {
    const toOthers = [
      sent(
        'a',
        'sam@example.com',
        creds.emailAddress,
        'Hi Sam,\n\nThe bank details for invoice 77 are below.\n\nBest,\nAlex',
      ),
      sent(
        'b',
        'kim@example.com',
        creds.emailAddress,
        'Hi Kim,\n\nYour order ships Monday.\n\nBest,\nAlex',
      ),
      sent(
        'c',
        'sam@example.com',
        'delegate@example.com',
        'Hey there!\n\nNot the owner.\n\nCheers,',
      ),
    ];
    const { gmail, service } = setup(toOthers);
    // Gmail's `to:dana` search finds nothing; `in:sent` finds the mail to others.
    gmail.listMessages.mockImplementation(async (_c, q) =>
      q.query?.includes('to:') ? [] : toOthers.map((m) => ({ id: m.id, threadId: m.id })),
    );
    const samples = await service.forRecipient(creds, 'dana@example.com');
    expect(samples).toEqual([
      "The owner's recent emails to other people open with “Hi ...,”, close with “Best,”, run about 10 words in 3 paragraphs.",
    ]);
    expect(samples.join(' ')).not.toMatch(/Sam|Kim|bank|invoice|77|Monday|order/);
    // The shape is one search per mailbox, whoever writes next.
    await service.forRecipient(creds, 'lee@example.com');
    expect(gmail.listMessages.mock.calls.filter(([, q]) => q.query === 'in:sent')).toHaveLength(1);
  });

  it('has no samples at all when the owner sent nothing', async () => {
    const { service } = setup([]);
    expect(await service.forRecipient(creds, 'dana@example.com')).toEqual([]);
  });
});
