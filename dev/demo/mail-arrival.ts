import type { DemoEmail } from './inbox/index.js';
import type { GmailFake } from '../../test/fakes/gmail/gmail.fake.js';
import { OidcFake, pushBody } from '../../test/fakes/oidc.fake.js';

export interface Delivered {
  gmailId: string;
  threadId: string;
  historyId: string;
  labels: string[];
  arrivedAt: number;
}

export type ArrivalEvent =
  | { type: 'arrived'; email: DemoEmail; delivered: Delivered }
  | { type: 'pushed'; historyId: string; status: number; attempt: number; duplicate: boolean }
  | { type: 'push-failed'; historyId: string; error: string };

/**
 * Mail "arrives": the message is stored in the Gmail sandbox, and when the mailbox's watch
 * covers its labels (as Gmail decides), a Pub/Sub push carrying the new historyId is POSTed to
 * the service's webhook with an OIDC token signed like Google's. Pub/Sub's delivery rules are
 * kept: a non-2xx answer is redelivered with backoff, and a delivery may be duplicated.
 */
export class MailArrival {
  private seq = 0;

  constructor(
    private readonly gmail: GmailFake,
    private readonly oidc: OidcFake,
    private readonly webhookUrl: string,
    private readonly owner: string,
    private readonly onEvent: (event: ArrivalEvent) => void,
  ) {}

  /** Stores the email in Gmail; returns what Gmail assigned. Does not notify. */
  deliver(email: DemoEmail): Delivered {
    const stored = this.gmail.deliver(this.owner, email.message, {
      spam: email.gmailSpam,
      labelIds: email.labelIds,
    });
    const labels = this.gmail.message(this.owner, stored.id)?.labelIds ?? [];
    const delivered = {
      gmailId: stored.id,
      threadId: stored.threadId,
      historyId: stored.historyId,
      labels,
      arrivedAt: Date.now(),
    };
    this.onEvent({ type: 'arrived', email, delivered });
    return delivered;
  }

  /** Would Gmail publish a notification for a message with these labels? */
  watched(labels: string[]): boolean {
    const watch = this.gmail.mailbox(this.owner).watch;
    if (!watch || watch.expiration < Date.now()) return false;
    return watch.labelIds.length === 0 || labels.some((l) => watch.labelIds.includes(l));
  }

  /** One Pub/Sub message for the mailbox's current history; `duplicate` delivers it twice. */
  async notify(historyId: string, opts: { duplicate?: boolean } = {}): Promise<void> {
    const messageId = `${Date.now()}${String(++this.seq).padStart(4, '0')}`;
    await this.pushWithRetry(historyId, messageId, false);
    if (opts.duplicate) await this.pushWithRetry(historyId, messageId, true);
  }

  private async pushWithRetry(
    historyId: string,
    messageId: string,
    duplicate: boolean,
  ): Promise<void> {
    const body = JSON.stringify(pushBody(this.owner, historyId, messageId));
    let lastError = '';
    for (let attempt = 1; attempt <= 6; attempt++) {
      try {
        const res = await fetch(this.webhookUrl, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${await this.oidc.token()}`,
          },
          body,
          signal: AbortSignal.timeout(10_000),
        });
        await res.arrayBuffer();
        this.onEvent({ type: 'pushed', historyId, status: res.status, attempt, duplicate });
        // Pub/Sub's acks: 102, 200, 201, 202, 204. Anything else is redelivered.
        if ([102, 200, 201, 202, 204].includes(res.status)) return;
        lastError = `HTTP ${res.status}`;
      } catch (error) {
        lastError = (error as Error).message;
      }
      await new Promise((r) => setTimeout(r, Math.min(10_000, 200 * 2 ** attempt)));
    }
    this.onEvent({ type: 'push-failed', historyId, error: lastError });
  }
}
