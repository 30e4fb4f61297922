/**
 * Small text helpers shared by the prompts and the offline provider. All input is untrusted
 * email text; nothing here interprets it beyond splitting and trimming.
 */

/** "Jane Doe <jane@x.com>" → "Jane Doe"; a bare address has no display name. */
export function displayName(from: string): string | undefined {
  const match = from.match(/^\s*"?([^"<]*?)"?\s*<[^>]*>\s*$/);
  const name = match?.[1].trim();
  return name && !name.includes('@') ? name : undefined;
}

/** "Jane Doe <Jane@X.com>" → "jane@x.com". */
export function addressOf(from: string): string {
  const match = from.match(/<([^>]+)>/) ?? from.match(/([^\s<>"]+@[^\s<>"]+)/);
  return (match?.[1] ?? from).trim().toLowerCase();
}

export function domainOf(from: string): string {
  const address = addressOf(from);
  return address.includes('@') ? address.slice(address.lastIndexOf('@') + 1) : '';
}

/** Quoted history starts at these lines (en/de/es/fr clients, Outlook separators). */
const QUOTE_HEADERS = [
  /^On .{4,200} wrote:\s*$/i,
  /^Am .{4,200} schrieb .{0,200}:\s*$/i,
  /^El .{4,200} escribió:\s*$/i,
  /^Le .{4,200} a écrit\s?:\s*$/i,
  /^-{2,}\s*(Original Message|Ursprüngliche Nachricht|Mensaje original|Message d'origine)\s*-{2,}/i,
  /^From: .+$/i,
  /^_{10,}$/,
];

/** The newly written part of a message: drops quoted history and "> " lines. */
export function stripQuoted(body: string): string {
  const kept: string[] = [];
  for (const line of body.split(/\r?\n/)) {
    if (QUOTE_HEADERS.some((re) => re.test(line.trim()))) break;
    if (/^\s*>/.test(line)) continue;
    kept.push(line);
  }
  return kept.join('\n').trim();
}

/**
 * Sentence split good enough for question extraction; keeps the terminal punctuation. Blank
 * lines, lines ending in "," or ":" (salutations) and markup end a sentence; hard-wrapped lines
 * inside a paragraph are joined. A leading salutation ("Hi Alex, …") is dropped.
 */
export function sentences(text: string): string[] {
  return text
    .replace(/<[^>]*>/g, '\n\n')
    .split(/\n\s*\n|(?<=[,:])[ \t]*\n/)
    .flatMap((paragraph) =>
      paragraph.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[¿¡"'(\p{Lu}0-9])/u),
    )
    .map((s) => capitalise(s.trim().replace(SALUTATION, '')))
    .filter(Boolean);
}

const SALUTATION =
  /^(?:hi|hello|hey|dear|hallo|liebe[rs]?|hola|buenos días|bonjour|salut|guten (?:tag|morgen))\b[^,!.?:]{0,30}[,!:]\s*/iu;

function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
