import type { ParsedEmail } from '../gmail/gmail-client.port';
import type { EmailForLlm } from '../llm/llm-provider.port';

export function formatAddress(a: { name?: string; address: string }): string {
  return a.name ? `${a.name} <${a.address}>` : a.address;
}

/** The subset of a parsed email an LLM sees; the body is already cleaned and capped. */
export function toLlmEmail(message: ParsedEmail, body: string): EmailForLlm {
  return {
    from: message.from ? formatAddress(message.from) : '(unknown sender)',
    to: message.to.map(formatAddress).join(', '),
    subject: message.subject,
    body,
    headers: message.headers,
    labelIds: message.labelIds,
  };
}
