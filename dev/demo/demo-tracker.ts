import type { DataSource } from 'typeorm';
import type { DemoEmail } from './inbox/index.js';
import type { Delivered } from './mail-arrival.js';

export type EmailStatus =
  | 'not-sent'
  | 'in-gmail'
  | 'pending'
  | 'processing'
  | 'completed'
  | 'skipped'
  | 'failed'
  | 'ignored';
export const FINAL: EmailStatus[] = ['completed', 'skipped', 'failed', 'ignored'];

/** What the demo knows about one inbox email, from Gmail (the sandbox) and the service's tables. */
export interface EmailState {
  index: number;
  email: DemoEmail;
  delivered?: Delivered;
  status: EmailStatus;
  stage?: string;
  category?: string | null;
  confidence?: number | null;
  skipReason?: string | null;
  error?: string | null;
  model?: string | null;
  draftId?: string | null;
  finishedAt?: number;
}

export type TrackerEvent =
  | { type: 'seen'; state: EmailState }
  | { type: 'classified'; state: EmailState }
  | { type: 'final'; state: EmailState };

interface Row {
  message_id: string;
  status: string | null;
  stage: string | null;
  skip_reason: string | null;
  error_message: string | null;
  finished_at: Date | null;
  category: string | null;
  confidence: number | null;
  model_used: string | null;
  draft_id: string | null;
}

/**
 * Follows every demo email through the pipeline by reading the service's own tables (emails →
 * latest processing task → AI response), as an operator would. Polled by the progress view.
 */
export class DemoTracker {
  readonly states: EmailState[];
  private readonly byGmailId = new Map<string, EmailState>();

  constructor(
    private readonly db: DataSource,
    private readonly owner: string,
    emails: DemoEmail[],
  ) {
    this.states = emails.map((email, index) => ({ index, email, status: 'not-sent' }));
  }

  state(key: string): EmailState {
    const found = this.states.find((s) => s.email.key === key);
    if (!found) throw new Error(`unknown demo email ${key}`);
    return found;
  }

  markDelivered(email: DemoEmail, delivered: Delivered): void {
    const state = this.state(email.key);
    state.delivered = delivered;
    state.status = 'in-gmail';
    this.byGmailId.set(delivered.gmailId, state);
  }

  async refresh(): Promise<TrackerEvent[]> {
    const ids = [...this.byGmailId.keys()];
    if (!ids.length) return [];
    const rows: Row[] = await this.db.query(
      `SELECT e.message_id, t.status, t.stage, t.skip_reason, t.error_message,
              COALESCE(t.completed_at, t.updated_at) AS finished_at,
              r.category, r.confidence, r.model_used, r.draft_id
         FROM emails e
         JOIN mailboxes m ON m.id = e.mailbox_id AND m.email_address = $2
         LEFT JOIN LATERAL (
           SELECT * FROM processing_tasks pt WHERE pt.email_id = e.id ORDER BY pt.created_at DESC LIMIT 1
         ) t ON true
         LEFT JOIN ai_responses r ON r.task_id = t.id
        WHERE e.message_id = ANY($1)`,
      [ids, this.owner],
    );
    const events: TrackerEvent[] = [];
    for (const row of rows) {
      const state = this.byGmailId.get(row.message_id);
      if (!state || FINAL.includes(state.status)) continue;
      const wasSeen = state.status !== 'in-gmail';
      const hadCategory = Boolean(state.category);
      state.status = (row.status as EmailStatus | null) ?? 'pending';
      state.stage = row.stage ?? undefined;
      state.category = row.category;
      state.confidence = row.confidence === null ? null : Number(row.confidence);
      state.skipReason = row.skip_reason;
      state.error = row.error_message;
      state.model = row.model_used;
      state.draftId = row.draft_id;
      if (!wasSeen) events.push({ type: 'seen', state });
      if (!hadCategory && row.category && !FINAL.includes(state.status))
        events.push({ type: 'classified', state });
      if (FINAL.includes(state.status)) {
        state.finishedAt = row.finished_at ? new Date(row.finished_at).getTime() : Date.now();
        events.push({ type: 'final', state });
      }
    }
    return events;
  }

  delivered(): EmailState[] {
    return this.states.filter((s) => s.delivered);
  }

  /** Every email is in Gmail and every one the service can see has reached a final state. */
  settled(): boolean {
    return this.states.every((s) => s.delivered && (s.email.gmailSpam || FINAL.includes(s.status)));
  }

  /**
   * Mail Gmail filed as spam never reaches INBOX, so the service must never have seen it:
   * once everything else is final, such an email still unknown to the service is `ignored`.
   */
  concludeIgnored(): void {
    for (const s of this.states)
      if (s.email.gmailSpam && s.status === 'in-gmail') s.status = 'ignored';
  }

  latencyMs(s: EmailState): number | undefined {
    return s.delivered && s.finishedAt && s.status !== 'ignored'
      ? Math.max(0, s.finishedAt - s.delivered.arrivedAt)
      : undefined;
  }
}
