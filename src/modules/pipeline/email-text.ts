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

const cleaned = new WeakMap<object, Map<number, string>>();

/**
 * cleanEmailText of a message's body, remembered per message object: classify and generate
 * clean the same body (MessageCache hands both the same object), and email-reply-parser's
 * regular expressions were ~3 % of a worker's CPU. Nothing outlives the message.
 */
export function cleanMessageText(message: { text: string }, tokenBudget: number): string {
  let byBudget = cleaned.get(message);
  if (!byBudget) cleaned.set(message, (byBudget = new Map()));
  let text = byBudget.get(tokenBudget);
  if (text === undefined)
    byBudget.set(tokenBudget, (text = cleanEmailText(message.text, tokenBudget)));
  return text;
}
