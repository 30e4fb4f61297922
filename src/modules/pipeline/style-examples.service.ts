import { Injectable, Logger } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { AppError } from '../../core/errors/app-error.js';
import { GmailClient, GmailCredentials } from '../gmail/gmail-client.port.js';
import { MessageCache } from './message-cache.service.js';
import { ownerSentText } from './sent-text.js';

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
 * A few recent messages the mailbox owner sent, as examples of how they write: first ones sent
 * to the reply's recipient (`in:sent to:<address>`), else the most recent sent mail. Only text
 * the owner wrote (sent-text.ts): From must be the mailbox's address; quoted history,
 * forwarded messages and signatures are cut. Quota: messages.list 5 units per search (one or
 * two) and messages.get 5 per message read, at most once per mailbox and recipient per
 * TTL_MS in a worker process. A failing Gmail call never fails the reply: it is drafted
 * without samples (nothing is cached, so the next email tries again).
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
    const address = recipient?.trim().toLowerCase();
    const to = address && QUERY_ADDRESS.test(address) ? address : undefined;
    const key = `${creds.mailboxId}:${to ?? '*'}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    try {
      let samples = to ? await this.search(creds, `in:sent to:${to}`) : [];
      if (!samples.length) samples = await this.recent(creds);
      this.cache.set(key, samples);
      return samples;
    } catch (error) {
      // Only the code: the message could carry mail content.
      const code = error instanceof AppError ? error.code : 'UNKNOWN';
      this.logger.warn({ mailboxId: creds.mailboxId, code }, 'style samples skipped: Gmail failed');
      return [];
    }
  }

  /** The mailbox's most recent sent mail, shared by every recipient without mail of their own. */
  private async recent(creds: GmailCredentials): Promise<string[]> {
    const key = `${creds.mailboxId}:*`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const samples = await this.search(creds, 'in:sent');
    this.cache.set(key, samples);
    return samples;
  }

  private async search(creds: GmailCredentials, query: string): Promise<string[]> {
    const refs = await this.gmail.listMessages(creds, { query, maxResults: CANDIDATES });
    const samples: string[] = [];
    for (const ref of refs) {
      const message = await this.messages.get(creds, ref.id);
      const text = ownerSentText(message, creds.emailAddress);
      if (text) samples.push(text);
      if (samples.length >= STYLE_SAMPLES) break;
    }
    return samples;
  }
}
