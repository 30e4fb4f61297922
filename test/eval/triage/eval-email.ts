import type { EmailCategory } from '../../../src/modules/llm/llm-provider.port.js';

/**
 * One labelled message of the triage evaluation set. Written for this project (no public spam
 * corpus): see README.md for the labelling rules and the dev/held-out split.
 */
export interface EvalEmail {
  /** Stable and unique; the split is decided from it (split.ts). */
  id: string;
  label: EmailCategory;
  kind: EvalKind;
  lang: 'en' | 'de' | 'fr' | 'es' | 'pt' | 'ja' | 'it' | 'nl';
  /** "Name <address>" as the From header reads. */
  from: string;
  /** Defaults to the mailbox owner. */
  to?: string;
  replyTo?: string;
  subject: string;
  /** text/plain body; a message without it is HTML-only. */
  text?: string;
  html?: string;
  /** Raw header names as senders write them; the harness lower-cases them like the parser. */
  headers?: Record<string, string>;
  /** Gmail labels on arrival (default INBOX, UNREAD). */
  labels?: string[];
}

export type EvalKind =
  | 'question'
  | 'request'
  | 'meeting'
  | 'thread'
  | 'support'
  | 'newsletter'
  | 'list'
  | 'receipt'
  | 'shipping'
  | 'notification'
  | 'security'
  | 'calendar'
  | 'auto-reply'
  | 'fyi'
  | 'phishing'
  | 'advance-fee'
  | 'crypto'
  | 'cold-pitch'
  | 'marketing-spam'
  | 'pharma'
  | 'injection';

export const OWNER = 'Sam Keller <sam@kellerworks.com>';

/**
 * Template-literal tag that removes the indentation common to all lines and the first and last
 * line breaks, so message bodies can be written indented in the data files.
 */
export function t(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce(
    (acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''),
    '',
  );
  const lines = raw
    .replace(/^\n/, '')
    .replace(/\n[ \t]*$/, '')
    .split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

/** Headers every bulk sender sets (RFC 2369 / 2919, Precedence). */
export function bulk(listId: string, unsubscribe: string): Record<string, string> {
  return { 'List-Id': listId, 'List-Unsubscribe': unsubscribe, Precedence: 'bulk' };
}
