import type { DataSource } from 'typeorm';
import { DraftFeedbackAdminService } from '../../src/modules/admin/draft-feedback-admin.service.js';
import type { MailboxDraftFeedbackDto } from '../../src/modules/admin/dto/draft-feedback.dto.js';
import type { DraftOutcome } from '../../src/modules/persistence/entities/draft-feedback.entity.js';
import type { DemoStack } from './demo-stack.js';
import type { MailArrival } from './mail-arrival.js';
import type { Check, SummaryEmail } from './summary.js';
import type { Style } from './terminal.js';

/** What the owner does with one draft in Gmail, and the outcome the service should record. */
interface OwnerAction {
  key: string;
  draftId: string;
  action: 'sent as written' | 'edited, then sent' | 'deleted' | 'answered in own words';
  expected: DraftOutcome;
}

export interface FeedbackReport {
  actions: (OwnerAction & { observed: DraftOutcome | null })[];
  /** GET /api/v1/mailboxes/:id/feedback, as the owner would read it. */
  figures: MailboxDraftFeedbackDto;
}

const OWN_REPLY =
  'Thanks for getting in touch. I would rather talk this through: I will call you this afternoon.';

/**
 * After the summary's checks: the owner goes through four of the drafts in Gmail the way a
 * person would (send one as written, edit and send one, delete one, answer one in their own
 * words), the next push's sync observes what became of them, and the figures are read back
 * through the admin API's service.
 */
export async function actLikeTheOwner(
  stack: DemoStack,
  arrival: MailArrival,
  owner: string,
  emails: SummaryEmail[],
  timeoutMs = 30_000,
): Promise<FeedbackReport> {
  const drafted = emails.filter(
    (e) => e.category === 'needs_reply' && e.draftId && e.kind !== 'injection',
  );
  const plan: OwnerAction['action'][] = [
    'sent as written',
    'edited, then sent',
    'deleted',
    'answered in own words',
  ];
  const expected: Record<OwnerAction['action'], DraftOutcome> = {
    'sent as written': 'sent_unchanged',
    'edited, then sent': 'sent_edited',
    deleted: 'deleted',
    'answered in own words': 'manual_reply',
  };
  const actions: OwnerAction[] = plan.flatMap((action, i) => {
    const email = drafted[i];
    return email
      ? [{ key: email.key, draftId: email.draftId!, action, expected: expected[action] }]
      : [];
  });
  const person = stack.gmail.person(owner);
  for (const a of actions) {
    if (a.action === 'sent as written') person.sendDraft(a.draftId);
    else if (a.action === 'edited, then sent')
      person.editAndSend(a.draftId, (text) =>
        text.replace(/\n-- \n/, '\nP.S. I have copied our logistics team on this.\n\n-- \n'),
      );
    else if (a.action === 'deleted') person.discardDraft(a.draftId);
    else person.replyInstead(a.draftId, OWN_REPLY);
  }
  // Gmail pushes for INBOX changes only; the next one (here, right away) carries the sync.
  await arrival.notify(stack.gmail.historyId(owner));
  const [mailbox] = await stack
    .db()
    .query('SELECT id FROM mailboxes WHERE email_address = $1', [owner]);
  const deadline = Date.now() + timeoutMs;
  let observed = await outcomes(stack.db(), mailbox.id, actions);
  while (observed.size < actions.length && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    observed = await outcomes(stack.db(), mailbox.id, actions);
  }
  const figures = await stack.app.get(DraftFeedbackAdminService).forMailbox(mailbox.id, 30);
  return {
    actions: actions.map((a) => ({ ...a, observed: observed.get(a.draftId) ?? null })),
    figures,
  };
}

/** Draft ids are unique within a mailbox only (a database may hold other mailboxes' too). */
async function outcomes(db: DataSource, mailboxId: string, actions: OwnerAction[]) {
  const rows: { draft_id: string; outcome: DraftOutcome }[] = await db.query(
    `SELECT r.draft_id, f.outcome FROM draft_feedback f JOIN ai_responses r ON r.id = f.ai_response_id
      WHERE f.mailbox_id = $1 AND r.draft_id = ANY($2)`,
    [mailboxId, actions.map((a) => a.draftId)],
  );
  return new Map(rows.map((r) => [r.draft_id, r.outcome]));
}

export function feedbackCheck(report: FeedbackReport): Check {
  const wrong = report.actions.filter((a) => a.observed !== a.expected);
  return {
    name: "the owner's actions on four drafts were each observed with the right outcome",
    ok: report.actions.length === 4 && wrong.length === 0,
    detail: wrong.map(
      (a) => `${a.key}: ${a.action}, expected ${a.expected}, observed ${a.observed ?? 'nothing'}`,
    ),
  };
}

const percent = (v: number | null) => (v === null ? '-' : `${Math.round(v * 100)}%`);

export function renderFeedback(report: FeedbackReport, style: Style): string[] {
  const f = report.figures;
  const o = f.outcomes;
  return [
    '',
    style.bold('What the owner did with the drafts in Gmail, and what the service observed:'),
    ...report.actions.map(
      (a) =>
        `  ${a.key.padEnd(24)} ${a.action.padEnd(22)} → ${a.observed ?? style.red('not observed')}`,
    ),
    `draft outcomes after the owner acted in Gmail: sent unchanged ${o.sent_unchanged} · sent edited ${o.sent_edited} · ` +
      `own reply instead ${o.manual_reply} · deleted ${o.deleted} · pending ${o.pending} · ` +
      `awaiting ${f.awaiting_outcome}`,
    `acceptance rate ${percent(f.acceptance_rate)} · mean similarity of sent drafts ${
      f.mean_similarity === null ? '-' : f.mean_similarity.toFixed(2)
    } (GET /api/v1/mailboxes/:id/feedback)`,
  ];
}
