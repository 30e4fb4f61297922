import type { ReplyToPolicy } from './pipeline.config.js';
import type { MailAddress } from '../gmail/draft-composer.js';
import type { ParsedEmail } from '../gmail/gmail-client.port.js';

/** Where a reply draft goes, and what the owner should be told about it first. */
export interface ReplyTarget {
  to: MailAddress;
  /** One line for the owner at the top of the draft; absent when there is nothing to check. */
  ownerNote?: string;
}

/** RFC 5321's longest forward path; anything longer is not an address worth printing whole. */
const MAX_SHOWN_ADDRESS = 254;

/**
 * The reply's one recipient under the REPLY_TO_POLICY: Reply-To (its first address) when the
 * sender set one and the policy honours it, else From. null when there is nobody to reply to.
 * Reply-To is a sender's claim: `flag` honours it but tells the owner when it leaves From's
 * domain, so a look-alike "reply to our billing team" address is seen before anything is sent.
 */
export function replyTarget(
  original: Pick<ParsedEmail, 'from' | 'replyTo'>,
  policy: ReplyToPolicy,
): ReplyTarget | null {
  const from = original.from?.address ? original.from : null;
  const replyTo = policy === 'ignore' ? undefined : original.replyTo.find((a) => a.address);
  if (!replyTo) return from && { to: from };
  if (policy === 'follow') return { to: replyTo };
  const toDomain = domainOf(replyTo.address);
  const fromDomain = from ? domainOf(from.address) : '';
  // Exact, case-insensitive domains: a subdomain of From's domain is flagged too.
  if (fromDomain && toDomain === fromDomain) return { to: replyTo };
  const shown = shownAddress(replyTo.address);
  const why = fromDomain
    ? `not the sender's domain ${shownAddress(fromDomain)}`
    : 'and the message has no From address';
  return {
    to: replyTo,
    ownerNote: `[Check before sending: replies go to ${shown} (the sender's Reply-To), ${why}. Delete this line.]`,
  };
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * An address as the owner will read it: no controls, no invisible format characters (a
 * right-to-left override would make it display as another address), no line breaks, bounded.
 */
function shownAddress(address: string): string {
  const bounded = address.slice(0, MAX_SHOWN_ADDRESS * 2);
  const visible = bounded.replace(/[\p{Cc}\p{Cf}\p{Z}\s]+/gu, '');
  return visible.length > MAX_SHOWN_ADDRESS ? `${visible.slice(0, MAX_SHOWN_ADDRESS)}…` : visible;
}
