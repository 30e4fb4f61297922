import { Injectable } from '@nestjs/common';
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
  private readonly entries = new Map<string, { message: ParsedEmail; at: number }>();

  constructor(private readonly gmail: GmailClient) {}

  /** `fresh`: always ask Gmail (and remember the answer for the later stages). */
  async get(
    creds: GmailCredentials,
    messageId: string,
    opts: { fresh?: boolean } = {},
  ): Promise<ParsedEmail> {
    const key = `${creds.mailboxId}:${messageId}`;
    const hit = this.entries.get(key);
    if (!opts.fresh && hit && Date.now() - hit.at < TTL_MS) return hit.message;
    const message = await this.gmail.getMessage(creds, messageId);
    // Re-inserted at the end: the Map's order is least-recently-stored first.
    this.entries.delete(key);
    this.entries.set(key, { message, at: Date.now() });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return message;
  }
}
