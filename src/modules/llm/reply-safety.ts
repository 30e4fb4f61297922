import { enforceWordBudget, stripScaffolding, tidy } from './reply-scaffolding';

/**
 * Last line of defence on generated reply text. The model read untrusted email, so its output is
 * untrusted too: it may carry links an attacker asked for (with our data appended), addresses to
 * "forward" to, header lines, or pieces of our prompt. Pure and idempotent; the pipeline may run
 * it again with its own allow-lists.
 */
export interface ReplySafetyOptions {
  /** Text of the email(s) being answered; a link the reply repeats from here is allowed. */
  originalText: string;
  /** Further links the reply may contain (e.g. the owner's booking page). */
  allowedLinks?: string[];
  /** true keeps every link (for trusted, owner-written templates only). */
  allowNewLinks: boolean;
  /**
   * Addresses the reply may mention. Every other address is removed, even one quoted in the
   * email: a reply rarely needs one and "forward to x@…"/"bcc x@…" injections are their source.
   */
  allowedAddresses?: string[];
  /** Word cap applied after cleaning. */
  maxWords?: number;
}

export interface ReplySafetyResult {
  text: string;
  removedLinks: string[];
  removedAddresses: string[];
}

const LINK_REMOVED = '[link removed]';
const ADDRESS_REMOVED = '[address removed]';
const ADDRESS =
  /(?:mailto:)?[a-z0-9._%+-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+/gi;
const BARE_TLDS =
  'com|net|org|io|co|info|biz|ru|cn|su|xyz|top|de|es|fr|it|nl|uk|us|eu|app|dev|ly|me|tk|ml|ga|cf|gq|click|link|online|site|shop|store|live|ai|gov|edu|zip|mov';
const LINK = new RegExp(
  String.raw`\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"'\x60]+` +
    String.raw`|(?<![@\w.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:${BARE_TLDS})\b(?::\d+)?(?:\/[^\s<>"'\x60]*)?`,
  'gi',
);
const MARKDOWN_IMAGE = /!\[[^\]]*\]\(([^)\s]+)[^)]*\)/g;
const MARKDOWN_LINK = /\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g;

export function enforceReplySafety(reply: string, options: ReplySafetyOptions): ReplySafetyResult {
  const removedLinks: string[] = [];
  const removedAddresses: string[] = [];
  const haystack = [options.originalText, ...(options.allowedLinks ?? [])].join('\n').toLowerCase();
  const linkAllowed = (url: string) =>
    options.allowNewLinks || haystack.includes(normaliseLink(url));
  const allowedAddresses = new Set(
    (options.allowedAddresses ?? []).map((a) => a.trim().toLowerCase()),
  );

  let text = stripScaffolding(reply);
  // Images never render in a plain-text draft; as links they are the classic exfiltration pixel.
  text = text.replace(MARKDOWN_IMAGE, (_m, url: string) => {
    removedLinks.push(url);
    return '';
  });
  text = text.replace(MARKDOWN_LINK, (_m, label: string, url: string) => `${label} (${url})`);
  text = text.replace(ADDRESS, (match) => {
    const address = match.replace(/^mailto:/i, '').toLowerCase();
    if (allowedAddresses.has(address)) return match;
    removedAddresses.push(address);
    return ADDRESS_REMOVED;
  });
  text = text.replace(LINK, (match) => {
    const trailing = match.match(/[.,;:!?)\]}'"]+$/)?.[0] ?? '';
    const url = match.slice(0, match.length - trailing.length);
    if (!url || linkAllowed(url)) return match;
    removedLinks.push(url);
    return LINK_REMOVED + trailing;
  });
  text = tidy(text);
  if (options.maxWords) text = enforceWordBudget(text, options.maxWords);
  return { text, removedLinks, removedAddresses };
}

/** Lower-case, no scheme, no trailing slash: "https://Acme.com/x/" and "acme.com/x" compare equal. */
function normaliseLink(url: string): string {
  return url
    .toLowerCase()
    .replace(/^(?:https?|ftp):\/\//, '')
    .replace(/\/+$/, '');
}

/** Every link-looking token in a text (used by tests and callers building allow-lists). */
export function findLinks(text: string): string[] {
  return [...text.matchAll(LINK)].map((m) => m[0].replace(/[.,;:!?)\]}'"]+$/, ''));
}

export function findAddresses(text: string): string[] {
  return [...text.matchAll(ADDRESS)].map((m) => m[0].replace(/^mailto:/i, '').toLowerCase());
}
