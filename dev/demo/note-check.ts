import type { DraftView } from './draft-inspection.js';
import type { Check, SummaryEmail } from './summary.js';

/** A knowledge note's facts that one email's draft should pass on. */
export interface NoteUse {
  emailKey: string;
  noteTitle: string;
  facts: string[];
}

/**
 * The summary check that a draft visibly uses the mailbox's knowledge note: the draft in the
 * email's thread holds each of the note's facts. The detail quotes the draft lines that carry
 * them, so the visitor sees the note at work.
 */
export function noteUseCheck(use: NoteUse, emails: SummaryEmail[], drafts: DraftView[]): Check {
  const email = emails.find((e) => e.key === use.emailKey);
  const draft = drafts.find((d) => email?.threadId && d.threadId === email.threadId);
  const missing = draft ? use.facts.filter((f) => !draft.text.includes(f)) : use.facts;
  const quoted = draft
    ? draft.text
        .split('\n')
        .filter((line) => use.facts.some((f) => line.includes(f)))
        .map((line) => `“${line.trim()}”`)
    : [];
  return {
    name: `the ${use.emailKey} draft uses the knowledge note “${use.noteTitle}”`,
    ok: !!draft && missing.length === 0,
    detail: draft
      ? [...quoted, ...missing.map((f) => `missing: ${f}`)]
      : [`no draft in the thread of ${use.emailKey}`],
  };
}
