import { addressKey, findContactTokens, linkKey, MAX_SCAN_CHARS } from './contact-tokens.js';
import type { ContactKind, ContactToken } from './contact-tokens.js';
import { enforceWordBudget, stripScaffolding, tidy } from './reply-scaffolding.js';
import { visibleText } from './visible-text.js';

/**
 * Last line of defence on generated reply text. The model read untrusted email, so its output is
 * untrusted too: it may carry links an attacker asked for (with our data appended), addresses to
 * "forward" to, phone numbers to call, header lines, or pieces of our prompt. The rule: a draft
 * contains nothing its recipient has not already seen or the owner did not provide. So a link or
 * phone number survives only when the same token (contact-tokens.ts: normalised, never a
 * substring) is in the visible text of the message being answered; an address only when allowed
 * explicitly. Pure and idempotent; both the LLM layer and the pipeline run it.
 */
export interface ReplySafetyOptions {
  /**
   * Text of the message being answered as its recipient saw it (subject and body, no hidden
   * markup, no quoted history: visibleText() is applied again here). A link or phone number the
   * reply repeats from here, exactly, is allowed.
   */
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
  /** Phone numbers the owner provides (e.g. their own); numbers in the original are allowed too. */
  allowedPhones?: string[];
  /** Word cap applied after cleaning. */
  maxWords?: number;
}

export interface ReplySafetyResult {
  text: string;
  removedLinks: string[];
  removedAddresses: string[];
  removedPhones: string[];
}

/** Replies longer than this are cut before any pattern runs (a reply is ~150 words). */
export const MAX_REPLY_CHARS = 10_000;

const REMOVED: Record<ContactKind, string> = {
  link: '[link removed]',
  address: '[address removed]',
  phone: '[phone number removed]',
};
// Bounded pieces: each quantifier has a cap, so a run of "![![![" costs a constant per position.
const MARKDOWN_IMAGE = /!\[[^\]\n]{0,500}\]\(([^)\s]{1,2000})[^)\n]{0,200}\)/g;
const MARKDOWN_LINK = /\[([^\]\n]{0,500})\]\(([^)\s]{1,2000})[^)\n]{0,200}\)/g;

export function enforceReplySafety(reply: string, options: ReplySafetyOptions): ReplySafetyResult {
  const removed: Record<ContactKind, string[]> = { link: [], address: [], phone: [] };
  const allowed = allowList(options);

  let text = stripScaffolding(reply.slice(0, MAX_REPLY_CHARS));
  // Images never render in a plain-text draft; as links they are the classic exfiltration pixel.
  text = text.replace(MARKDOWN_IMAGE, (_m, url: string) => {
    removed.link.push(url);
    return '';
  });
  text = text.replace(MARKDOWN_LINK, (_m, label: string, url: string) => `${label} (${url})`);

  let out = '';
  let last = 0;
  for (const token of findContactTokens(text)) {
    const ok = token.parts.every(
      (p) =>
        (p.kind === 'link' && options.allowNewLinks) || p.keys.some((k) => allowed[p.kind].has(k)),
    );
    if (ok) continue;
    out += text.slice(last, token.start) + REMOVED[token.kind];
    last = token.end;
    const address = token.parts.find((p) => p.kind === 'address');
    removed[token.kind].push(address ? address.keys[0] : token.raw);
  }
  text = tidy(out + text.slice(last));
  if (options.maxWords) text = enforceWordBudget(text, options.maxWords);
  return {
    text,
    removedLinks: removed.link,
    removedAddresses: removed.address,
    removedPhones: removed.phone,
  };
}

/** Keys of everything the reply may repeat, by kind. */
function allowList(options: ReplySafetyOptions): Record<ContactKind, Set<string>> {
  const allowed: Record<ContactKind, Set<string>> = {
    link: new Set(),
    address: new Set((options.allowedAddresses ?? []).map(addressKey)),
    phone: new Set(),
  };
  const original = visibleText(options.originalText.slice(0, MAX_SCAN_CHARS));
  const owner = [...(options.allowedLinks ?? []), ...(options.allowedPhones ?? [])].join('\n');
  for (const token of [...findContactTokens(original), ...findContactTokens(owner)])
    for (const part of token.parts) {
      // Addresses are allowed only explicitly (see allowedAddresses), never from the email.
      if (part.kind === 'address') continue;
      for (const key of part.keys) allowed[part.kind].add(key);
    }
  for (const link of options.allowedLinks ?? []) allowed.link.add(linkKey(link.trim()));
  return allowed;
}

function tokensOf(text: string, kind: ContactKind): ContactToken[] {
  return findContactTokens(text).filter((t) => t.parts.some((p) => p.kind === kind));
}

/** Every link-looking token in a text (used by tests and callers building allow-lists). */
export function findLinks(text: string): string[] {
  return tokensOf(text, 'link').map((t) => t.raw);
}

/** Every address in a text, obfuscated forms included, as lower-case canonical addresses. */
export function findAddresses(text: string): string[] {
  return tokensOf(text, 'address').map((t) => t.parts.find((p) => p.kind === 'address')!.keys[0]);
}

export function findPhoneNumbers(text: string): string[] {
  return tokensOf(text, 'phone').map((t) => t.raw);
}
