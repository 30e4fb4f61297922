import { Injectable, Logger } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { AppError } from '../../core/errors/app-error.js';
import { GmailClient, GmailCredentials, ParsedEmail } from '../gmail/gmail-client.port.js';
import { MessageCache } from './message-cache.service.js';
import { ownerSentText } from './sent-text.js';
import { describeShapes, styleShapeOf } from './style-shape.js';

/** Samples of the owner's writing a reply prompt gets at most. */
export const STYLE_SAMPLES = 3;
/** Sent messages read to find them (some are too short, forwarded, or not the owner's own). */
const CANDIDATES = 5;
/**
 * How long one mailbox's samples for one recipient are reused: a burst of mail from the same
 * correspondent costs one search, and the owner's style does not change by the minute.
 */
const TTL_MS = 30 * 60_000;
const MAX_ENTRIES = 2_000;

/** An address fit for a Gmail `to:` term: no spaces, quotes, parentheses or braces (no operators). */
const QUERY_ADDRESS = /^[^\s"'(){}<>]{1,64}@[^\s"'(){}<>@]{1,190}$/;

/**
 * A few recent messages the mailbox owner sent to the reply's recipient (`in:sent to:<address>`),
 * as examples of how they write. Only text the owner wrote (sent-text.ts): From must be the
 * mailbox's address; quoted history, forwarded messages and signatures are cut. With no mail to
 * that recipient, the owner's recent mail to anyone (`in:sent`) gives its shape only, one line
 * of greeting word, sign-off and length (style-shape.ts): its content would put other people's
 * business in this reply's prompt. Quota: messages.list 5 units and messages.get 5 per message
 * read, at most once per mailbox and recipient (and once per mailbox for the shape) per TTL_MS in
 * a worker process. A failing Gmail call never fails the reply: it is drafted without samples
 * (nothing is cached, so the next email tries again).
 */
@Injectable()
export class StyleExamplesService {
  private readonly logger = new Logger(StyleExamplesService.name);
  private readonly cache = new LRUCache<string, string[]>({
    max: MAX_ENTRIES,
    ttl: TTL_MS,
    perf: Date,
  });

  constructor(
    private readonly gmail: GmailClient,
    private readonly messages: MessageCache,
  ) {}

  async forRecipient(creds: GmailCredentials, recipient: string | undefined): Promise<string[]> {
    const to = recipient?.trim().toLowerCase();
    if (!to || !QUERY_ADDRESS.test(to)) return [];
    const key = `${creds.mailboxId}:${to}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    try {
      const samples = await this.search(creds, to);
      this.cache.set(key, samples);
      return samples;
    } catch (error) {
      // Only the code: the message could carry mail content.
      const code = error instanceof AppError ? error.code : 'UNKNOWN';
      this.logger.warn({ mailboxId: creds.mailboxId, code }, 'style samples skipped: Gmail failed');
      return [];
    }
  }

  private async search(creds: GmailCredentials, to: string): Promise<string[]> {
    const samples = await this.toRecipient(creds, to);
    return samples.length ? samples : this.shapeOfRecentMail(creds);
  }

  private async shapeOfRecentMail(creds: GmailCredentials): Promise<string[]> {
    const key = `${creds.mailboxId}:*`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const refs = await this.gmail.listMessages(creds, { query: 'in:sent', maxResults: CANDIDATES });
    const shapes = [];
    for (const ref of refs) {
      const text = ownerSentText(await this.messages.get(creds, ref.id), creds.emailAddress);
      if (text) shapes.push(styleShapeOf(text));
    }
    const line = describeShapes(shapes);
    const samples = line ? [line] : [];
    this.cache.set(key, samples);
    return samples;
  }

  private async toRecipient(creds: GmailCredentials, to: string): Promise<string[]> {
    const refs = await this.gmail.listMessages(creds, {
      query: `in:sent to:${to}`,
      maxResults: CANDIDATES,
    });
    const samples: string[] = [];
    for (const ref of refs) {
      const message = await this.messages.get(creds, ref.id);
      // Gmail's search decided the match; the headers confirm the recipient got this message.
      if (!addressedTo(message, to)) continue;
      const text = ownerSentText(message, creds.emailAddress);
      if (text) samples.push(text);
      if (samples.length >= STYLE_SAMPLES) break;
    }
    return samples;
  }
}

function addressedTo(message: ParsedEmail, address: string): boolean {
  return [...message.to, ...message.cc].some((a) => a.address.toLowerCase() === address);
}
