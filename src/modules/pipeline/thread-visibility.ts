import type { ThreadMessageMeta } from '../gmail/gmail-client.port.js';
import { parseAddresses } from '../gmail/mime-parser.js';

/** Headers of a thread message the visibility rule reads (Gmail's metadata header names). */
export const VISIBILITY_HEADERS = ['From', 'To', 'Cc'] as const;

/**
 * Longest address header parsed (~200 addresses). Header values are the sender's and may be
 * megabytes; an owner's message to more people than this is simply not used as context.
 */
export const MAX_ADDRESS_HEADER_CHARS = 10_000;

/**
 * Addresses compared as written, lower-cased: no provider-specific folding (gmail.com dots,
 * +tags, googlemail.com). A miss only leaves a message out of the context, never lets one in.
 */
export function normaliseAddress(address: string): string {
  return address.trim().toLowerCase();
}

/** The addresses of one header value, normalised, from at most MAX_ADDRESS_HEADER_CHARS of it. */
export function headerAddresses(value: string | undefined): string[] {
  if (!value) return [];
  const cut = value.length > MAX_ADDRESS_HEADER_CHARS;
  const list = parseAddresses(cut ? value.slice(0, MAX_ADDRESS_HEADER_CHARS) : value).map((a) =>
    normaliseAddress(a.address),
  );
  // The last address of a cut header may itself be cut ("bob@example.community" read as
  // "bob@example.com"), i.e. someone else: drop it.
  return cut ? list.slice(0, -1) : list;
}

/**
 * Whether the reply's recipient has already seen this earlier message of the thread: they sent
 * it (From is their address), or the owner sent it (Gmail's SENT label: a sender cannot set
 * labels, while a From header can name anyone) with them among To/Cc. Anything else, such as
 * a third party's message that a stranger's In-Reply-To/References pulled into the thread, is
 * not theirs to see and must not reach a prompt whose answer goes to them.
 */
export function seenByRecipient(meta: ThreadMessageMeta, recipient: string): boolean {
  const who = normaliseAddress(recipient);
  if (!who) return false;
  if (headerAddresses(meta.headers.from)[0] === who) return true;
  if (!meta.labelIds.includes('SENT')) return false;
  return (
    headerAddresses(meta.headers.to).includes(who) || headerAddresses(meta.headers.cc).includes(who)
  );
}
