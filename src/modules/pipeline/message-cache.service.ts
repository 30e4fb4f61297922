import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { GmailClient, GmailCredentials, ParsedEmail } from '../gmail/gmail-client.port.js';

/** Long enough for one email's classify → generate → draft, short enough to hold little memory. */
const TTL_MS = 5 * 60_000;
/**
 * Held by size, not by count: a worker sized for a large LLM account has hundreds of emails
 * between classify and draft at once (each waiting seconds for the LLM), and a cache of a few
 * hundred entries dropped theirs before the draft, which then paid a second messages.get. A
 * byte budget keeps every email of such a worker while bounding memory under large messages
 * (each at most MAX_TEXT_CHARS of text).
 */
const MAX_BYTES = 32 * 1024 * 1024;
/** Per entry beyond its strings: the object, its arrays and the LRU's bookkeeping. */
const ENTRY_OVERHEAD_BYTES = 1_024;

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
    maxSize: MAX_BYTES,
    sizeCalculation: approximateBytes,
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

/** Roughly what a parsed message holds in memory: its strings at two bytes a character. */
export function approximateBytes(message: ParsedEmail): number {
  let chars = message.text.length + message.snippet.length + message.subject.length;
  for (const [name, value] of Object.entries(message.headers)) chars += name.length + value.length;
  for (const a of [
    ...message.to,
    ...message.cc,
    ...message.replyTo,
    ...(message.from ? [message.from] : []),
  ])
    chars += a.address.length + (a.name?.length ?? 0);
  for (const a of message.attachments) chars += a.filename.length + a.mimeType.length;
  return ENTRY_OVERHEAD_BYTES + 2 * chars;
}
