import type { HistoryPage } from '../gmail/gmail-client.port.js';

/** Entries kept per sync: a mailbox's burst of sent mail past this waits for the sweep. */
const MAX_ENTRIES = 500;

/**
 * What a history walk showed the owner doing, besides receiving mail: messages sent, and
 * threads where a draft message went away (a draft sent, saved again after an edit, or
 * discarded). Collected over every page of a sync, so a send split across two pages
 * (draft deleted on one, SENT message added on the next) is seen whole.
 */
export class OwnerActivity {
  readonly sent = new Map<string, string>();
  readonly draftThreads = new Set<string>();

  add(page: Pick<HistoryPage, 'added' | 'deleted'>): void {
    for (const m of page.added) {
      if (this.sent.size >= MAX_ENTRIES) break;
      if (m.labelIds.includes('SENT') && !m.labelIds.includes('DRAFT'))
        this.sent.set(m.id, m.threadId);
    }
    for (const m of page.deleted) {
      if (this.draftThreads.size >= MAX_ENTRIES) break;
      if (m.labelIds.includes('DRAFT')) this.draftThreads.add(m.threadId);
    }
  }

  get empty(): boolean {
    return this.sent.size === 0 && this.draftThreads.size === 0;
  }

  threads(): string[] {
    return [...new Set([...this.sent.values(), ...this.draftThreads])];
  }

  sentIn(threadId: string): string[] {
    return [...this.sent].filter(([, thread]) => thread === threadId).map(([id]) => id);
  }
}
