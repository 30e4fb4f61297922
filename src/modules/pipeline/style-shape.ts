/**
 * How the owner writes, without what they wrote: for a correspondent the owner has never written
 * to, samples of mail to other people would put those people's business in this reply's prompt
 * (a model may echo it into the draft). What is kept of such mail is its shape only: the greeting
 * word, a short sign-off phrase, length and paragraphs. Names, numbers, links and every sentence
 * of content stay out.
 */

/** A greeting line is short; longer first lines are content. */
const MAX_GREETING_CHARS = 40;
/** A sign-off is a short phrase ending in a comma ("Best regards,", "Many thanks,"). */
const MAX_SIGN_OFF_CHARS = 30;
const MAX_SIGN_OFF_WORDS = 3;
/** Bounded before any pattern: a shape needs the text's start and end only. */
const MAX_TEXT_CHARS = 4_000;

/** First word of a greeting line: letters only (any script), then what punctuates the line. */
const GREETING = /^(\p{L}{1,15})\b[^\n]{0,40}?([,!:])?$/u;
/** A sign-off phrase: letters and spaces, then a comma or full stop. */
const SIGN_OFF = /^[\p{L} ]{1,30}[,.!]$/u;
/**
 * Only these words make a greeting or a sign-off, so a first line that starts with a name
 * ("Ana, about the invoice") or a last line that is one ("Alex.") never passes as style.
 */
const GREETING_WORDS = new Set(
  (
    'hi hello hey hiya howdy dear greetings good morning afternoon evening thanks thank ' +
    'hallo liebe lieber sehr guten moin servus bonjour bonsoir salut cher chère chers coucou ' +
    'hola buenos buenas estimado estimada estimados querido querida olá oi prezado prezada ' +
    'caro cara ciao buongiorno gentile beste goedemorgen goedemiddag hoi'
  ).split(' '),
);
const SIGN_OFF_WORDS = new Set(
  (
    'best regards kind warm warmest warm many thanks thank you cheers sincerely yours truly ' +
    'talk soon all the cordially respectfully take care wishes again speak later ' +
    'viele grüße gruesse beste liebe herzliche mit freundlichen freundliche lg mfg vg ' +
    'bien à vous cordialement amicalement bises merci salutations ' +
    'saludos un saludo atentamente abrazos gracias ' +
    'cumprimentos atenciosamente abraços obrigado obrigada abs ' +
    'cordiali saluti grazie a presto ' +
    'groeten met vriendelijke hartelijke dank'
  ).split(' '),
);

export interface StyleShape {
  greeting: string | null;
  signOff: string | null;
  words: number;
  paragraphs: number;
}

export function styleShapeOf(ownText: string): StyleShape {
  const text = ownText.slice(0, MAX_TEXT_CHARS).trim();
  const lines = text.split('\n').map((l) => l.trim());
  const first = lines[0] ?? '';
  let greeting: string | null = null;
  if (first.length <= MAX_GREETING_CHARS) {
    const m = GREETING.exec(first);
    // "Hi Ana," becomes "Hi ...,": the word that greets, never whom.
    if (m && GREETING_WORDS.has(m[1].toLowerCase())) greeting = `${m[1]} ...${m[2] ?? ''}`;
  }
  let signOff: string | null = null;
  for (const line of lines.slice(-3).reverse()) {
    if (
      line.length <= MAX_SIGN_OFF_CHARS &&
      SIGN_OFF.test(line) &&
      line.split(' ').length <= MAX_SIGN_OFF_WORDS &&
      line
        .slice(0, -1)
        .split(' ')
        .every((w) => SIGN_OFF_WORDS.has(w.toLowerCase())) &&
      line !== first
    ) {
      signOff = line;
      break;
    }
  }
  return {
    greeting,
    signOff,
    words: text.split(/\s+/).filter(Boolean).length,
    paragraphs: text.split(/\n\s*\n/).filter((p) => p.trim()).length,
  };
}

/**
 * One line that describes the shapes of a few messages: their most common greeting and sign-off
 * and their median length; null when there is nothing to describe.
 */
export function describeShapes(shapes: readonly StyleShape[]): string | null {
  if (!shapes.length) return null;
  const greeting = mostCommon(shapes.map((s) => s.greeting));
  const signOff = mostCommon(shapes.map((s) => s.signOff));
  const words = median(shapes.map((s) => s.words));
  const paragraphs = median(shapes.map((s) => s.paragraphs));
  const parts = [
    greeting ? `open with “${greeting}”` : null,
    signOff ? `close with “${signOff}”` : null,
    `run about ${Math.max(10, Math.round(words / 10) * 10)} words in ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}`,
  ].filter(Boolean);
  return `The owner's recent emails to other people ${parts.join(', ')}.`;
}

function mostCommon(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (!best || n > counts.get(best)!) best = v;
  return best;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
