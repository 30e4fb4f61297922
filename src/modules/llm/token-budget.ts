/**
 * Input-size guard. No tokenizer is installed (and each vendor tokenizes differently), so we
 * estimate conservatively: ~3 characters per token over-counts English (~4) and stays safe for
 * German/French/Spanish and for text full of numbers or URLs.
 */
export const CHARS_PER_TOKEN = 3;

const TRUNCATION_MARK = '\n[… truncated]';

export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}

/**
 * Keeps the head of `text` within `budget` tokens. The head carries the new message; the tail
 * of an email is mostly signatures and quoted history. Cuts at a whitespace near the limit so a
 * word is not split.
 */
export function truncateToTokens(text: string, budget: number): string {
  if (budget <= 0) return '';
  if (estimateTokens(text) <= budget) return text;
  const limit = Math.max(0, budget * CHARS_PER_TOKEN - TRUNCATION_MARK.length);
  const head = text.slice(0, limit);
  const lastSpace = head.search(/\s\S*$/);
  const cut = lastSpace > limit * 0.9 ? head.slice(0, lastSpace) : head;
  return cut.trimEnd() + TRUNCATION_MARK;
}

/**
 * Splits a token budget over the latest email and its thread: the latest email gets up to
 * `latestShare` (it is what we answer), the thread whatever is left, newest messages first.
 */
export function allocateThreadBudget(
  latest: string,
  thread: string[],
  budget: number,
  latestShare = 0.6,
): { latest: string; thread: string[] } {
  const latestCap = Math.max(1, Math.floor(budget * latestShare));
  const latestText = truncateToTokens(latest, latestCap);
  let remaining = budget - estimateTokens(latestText);
  const kept: string[] = [];
  for (let i = thread.length - 1; i >= 0 && remaining > 50; i--) {
    const piece = truncateToTokens(thread[i], remaining);
    kept.unshift(piece);
    remaining -= estimateTokens(piece);
  }
  return { latest: latestText, thread: kept };
}
