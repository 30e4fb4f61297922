import { addressOf, displayName, domainOf, stripQuoted } from './email-text.js';
import type { EmailForLlm } from './llm-provider.port.js';
import { clip, TEXT_LIMITS } from './untrusted-text.js';

/** What the offline classifier's features read: the email's fields, each cut to its budget. */
export interface View {
  subject: string;
  /** The newly written text (quoted history cut). */
  text: string;
  /** Subject and whole body. */
  all: string;
  local: string;
  domain: string;
  name: string;
  /** Domain of the Reply-To address, '' without one. */
  replyDomain: string;
  /** The To header as given. */
  to: string;
  /** First name of the first To recipient, if it has a display name. */
  toFirstName: string;
  /** Domain of the first To recipient ('' without one). */
  toDomain: string;
  header: (name: string) => string | undefined;
  labels: Set<string>;
  /** The HTML body hid text from its reader (see ParsedEmail.hiddenText). */
  hiddenText: boolean;
}

export interface Feature {
  /** Stable key: the generated model lists these and refuses a mismatch. */
  name: string;
  /** What a reader sees in the reasoning when this feature decided. */
  label: string | ((v: View) => string);
  /** A number (0 = absent); booleans count as 0/1. */
  test: (v: View) => boolean | number;
}

/** Every field cut to its budget here, before any feature's regex reads it. */
export function toView(email: EmailForLlm): View {
  const headers = new Map(
    Object.entries(email.headers ?? {}).map(([k, v]) => [
      k.toLowerCase(),
      clip(v, TEXT_LIMITS.header),
    ]),
  );
  const from = clip(email.from, TEXT_LIMITS.address);
  const subject = clip(email.subject, TEXT_LIMITS.subject);
  const body = clip(email.body, TEXT_LIMITS.body);
  const to = clip(email.to ?? headers.get('to'), TEXT_LIMITS.addressList);
  const replyTo = headers.get('reply-to');
  const address = addressOf(from);
  const firstTo = to.split(',')[0] ?? '';
  return {
    subject,
    text: stripQuoted(body),
    all: `${subject}\n${body}`,
    local: address.split('@')[0] ?? '',
    domain: domainOf(from),
    name: displayName(from) ?? '',
    replyDomain: replyTo ? domainOf(clip(replyTo, TEXT_LIMITS.address)) : '',
    to,
    toFirstName: (displayName(firstTo) ?? '').split(/\s+/)[0] ?? '',
    toDomain: firstTo.includes('@') ? domainOf(firstTo) : '',
    header: (name) => headers.get(name),
    labels: new Set((email.labelIds ?? []).slice(0, TEXT_LIMITS.labels)),
    hiddenText: email.hiddenText === true,
  };
}
