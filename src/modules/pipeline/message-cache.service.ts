import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { GmailClient, GmailCredentials, ParsedEmail } from '../gmail/gmail-client.port.js';

/** Long enough for one email's classify → generate → draft, short enough to hold little memory. */
const TTL_MS = 5 * 60_000;
const MAX_ENTRIES = 256;

/**
 * The parsed Gmail message, kept between the stages of one email in this worker process.
 * Each stage used to fetch the same message again (messages.get: 5 quota units, one HTTP call
 * and a MIME parse each time): 3 fetches per drafted email. A Gmail message's content and
 * headers never change; only its labels do, and labels matter only to classify's pre-filter,
 * which always fetches fresh. Generate and draft read body, headers and thread id, so they may
 * reuse what classify fetched. A stage that runs on another worker simply fetches again.
 */
@Injectable()
export class MessageCache {
  // Ages on the wall clock (perf: Date), as the Date.now() stamps this cache used to keep.
  private readonly entries = new LRUCache<string, ParsedEmail>({
    max: MAX_ENTRIES,
    ttl: TTL_MS,
    perf: Date,
  });

  constructor(private readonly gmail: GmailClient) {}

  /** `fresh`: always ask Gmail (and remember the answer for the later stages). */
  async get(
    creds: GmailCredentials,
    messageId: string,
    opts: { fresh?: boolean } = {},
  ): Promise<ParsedEmail> {
    const key = `${creds.mailboxId}:${messageId}`;
    const hit = opts.fresh ? undefined : this.entries.get(key);
    if (hit) return hit;
    const message = await this.gmail.getMessage(creds, messageId);
    this.entries.set(key, message);
    return message;
  }
}
