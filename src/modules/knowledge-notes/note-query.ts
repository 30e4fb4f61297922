/**
 * The full-text query that finds a mailbox's notes for an email: the distinct words of its
 * subject and the head of its body, joined with "|" (OR), so a note sharing a few words with the
 * email is found and the rank (ts_rank_cd: weighted matches) decides. The 'simple' configuration
 * neither stems nor drops stop words, so both happen here: the commonest words of the languages
 * the service replies in are left out, and a longer word becomes a prefix ("prices" → "pric:*",
 * which matches "price" and "pricing"). Only letters and digits reach the query, so nothing in an
 * email can be read as tsquery syntax.
 */

/** Head of subject + body searched: the question is near the top of a mail. */
export const MAX_QUERY_CHARS = 4_000;
/** Most distinct terms in one query. */
export const MAX_TERMS = 40;
/** Words shorter than this carry too little to match on. */
const MIN_WORD = 3;
/** Longer "words" are tokens, hashes or base64, never a note's words. */
const MAX_WORD = 30;

/** One run of letters, digits and combining marks: a single character class, linear. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

const STOP_WORDS = new Set(
  // English
  (
    'the and for are but not you your yours all any can had her was one our out has him his how ' +
    'its may new now old see two way who did get let put say she too use that with have this will ' +
    'from they been were what when where which while would could should there their them then ' +
    'than these those some such into over also just like only very more most much many about ' +
    'after before again because being both each here hers other same does doing done make made ' +
    'please thanks thank regards best dear hello hi know need want would let kind sent mail email ' +
    're fw fwd wrote today tomorrow yesterday week month year time ' +
    // German
    'der die das und ist ich sie wir ihr ein eine einen einem einer nicht mit auf für von zum zur ' +
    'den dem des sich auch noch nur wie was wer wann wo bei aus nach über unter bitte danke ' +
    'gruß grüße viele liebe lieber sehr hallo haben habe hat sind war wäre können könnten kann ' +
    'möchte würde wenn dass oder aber schon mal mir mich dir dich uns euch ihnen ihre ihren ' +
    // French
    'les des une est pas pour que qui dans sur avec par vous nous ils elle mais ses son sont ' +
    'été être avoir bonjour merci cordialement votre vos leur leurs tout tous très plus comme ' +
    // Spanish
    'los las una por para que con del como pero sus esta este son hola gracias saludos usted ' +
    'ustedes nosotros muy más todo todos'
  ).split(/\s+/),
);

/** The to_tsquery text for an email, or null when it has no word worth searching for. */
export function noteSearchQuery(subject: string, body: string): string | null {
  const text = `${subject.slice(0, MAX_QUERY_CHARS)}\n${body.slice(0, MAX_QUERY_CHARS)}`
    .slice(0, MAX_QUERY_CHARS)
    .normalize('NFKC')
    .toLowerCase();
  const terms = new Set<string>();
  for (const [word] of text.matchAll(WORD)) {
    if (word.length < MIN_WORD || word.length > MAX_WORD || STOP_WORDS.has(word)) continue;
    terms.add(term(word));
    if (terms.size >= MAX_TERMS) break;
  }
  return terms.size ? [...terms].join(' | ') : null;
}

/** A word, or for longer words (not numbers) a prefix that covers its inflections. */
function term(word: string): string {
  if (word.length < 5 || /^\p{N}+$/u.test(word)) return word;
  return `${[...word].slice(0, Math.max(4, [...word].length - 2)).join('')}:*`;
}
