import EmailReplyParser from 'email-reply-parser';

/** Conservative token estimate (~3 characters a token covers most languages and code). */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 3);
}

/**
 * The part of an email worth showing the LLM: quoted history and signatures trimmed (by
 * email-reply-parser), whitespace collapsed, capped to a token budget.
 */
export function cleanEmailText(text: string, tokenBudget: number): string {
  let visible = text;
  try {
    visible = new EmailReplyParser().parseReply(text) || text;
  } catch {
    visible = text;
  }
  const collapsed = visible
    .replace(/\r\n?/g, '\n')
    .replace(/[\t ]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const maxChars = tokenBudget * 3;
  return collapsed.length > maxChars ? `${collapsed.slice(0, maxChars)}\n[truncated]` : collapsed;
}
