import type { ParsedEmail } from '../gmail/gmail-client.port.js';
import type { EmailForLlm } from '../llm/llm-provider.port.js';
import { clip, TEXT_LIMITS } from '../llm/untrusted-text.js';

/** "Name <address>", each part cut to its budget first (a parsed name may be 500 KB). */
export function formatAddress(a: { name?: string; address: string }): string {
  const address = clip(a.address, TEXT_LIMITS.mailbox);
  return a.name ? `${clip(a.name, TEXT_LIMITS.displayName)} <${address}>` : address;
}

/**
 * The subset of a parsed email an LLM sees; the body is already cleaned and capped. Every
 * header is cut to its budget here, before the prompt builder or the offline heuristics run a
 * single regex on it: Gmail delivers headers of several hundred KB.
 */
export function toLlmEmail(message: ParsedEmail, body: string): EmailForLlm {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(message.headers))
    headers[key] = clip(value, TEXT_LIMITS.header);
  return {
    from: message.from ? formatAddress(message.from) : '(unknown sender)',
    to: clip(
      message.to.slice(0, TEXT_LIMITS.recipients).map(formatAddress).join(', '),
      TEXT_LIMITS.addressList,
    ),
    subject: clip(message.subject, TEXT_LIMITS.subject),
    body: clip(body, TEXT_LIMITS.body),
    headers,
    labelIds: message.labelIds.slice(0, TEXT_LIMITS.labels),
    ...(message.hiddenText ? { hiddenText: true as const } : {}),
  };
}
