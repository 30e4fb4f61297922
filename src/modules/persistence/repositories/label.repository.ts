import { Inject, Injectable } from '@nestjs/common';
import { type Executor, KYSELY, now } from '../database/database.js';
import type { EmailLabelState } from '../entities/email-label.entity.js';

/** An email's triage label as recorded. */
export interface EmailLabel {
  outcome: string;
  gmailLabelId: string;
  state: EmailLabelState;
}

/**
 * The triage labels: the Gmail label id of each (mailbox, label name) once created, and the one
 * label of each email with its state (intent before messages.modify, applied after).
 */
@Injectable()
export class LabelRepository {
  constructor(@Inject(KYSELY) private readonly db: Executor) {}

  async labelId(mailboxId: string, name: string, db: Executor = this.db): Promise<string | null> {
    const row = await db
      .selectFrom('mailboxLabels')
      .select('gmailLabelId')
      .where('mailboxId', '=', mailboxId)
      .where('name', '=', name)
      .executeTakeFirst();
    return row?.gmailLabelId ?? null;
  }

  /** Remembers a label's id; the first id recorded for a name wins (concurrent creators agree). */
  async rememberLabel(
    mailboxId: string,
    name: string,
    gmailLabelId: string,
    db: Executor = this.db,
  ): Promise<string> {
    await db
      .insertInto('mailboxLabels')
      .values({ mailboxId, name, gmailLabelId })
      .onConflict((oc) => oc.columns(['mailboxId', 'name']).doNothing())
      .execute();
    return (await this.labelId(mailboxId, name, db)) ?? gmailLabelId;
  }

  /** Forgets a label id Gmail no longer knows (the user deleted the label). */
  async forgetLabel(
    mailboxId: string,
    gmailLabelId: string,
    db: Executor = this.db,
  ): Promise<void> {
    await db
      .deleteFrom('mailboxLabels')
      .where('mailboxId', '=', mailboxId)
      .where('gmailLabelId', '=', gmailLabelId)
      .execute();
  }

  async emailLabel(emailId: number, db: Executor = this.db): Promise<EmailLabel | null> {
    const row = await db
      .selectFrom('emailLabels')
      .select(['outcome', 'gmailLabelId', 'state'])
      .where('emailId', '=', emailId)
      .executeTakeFirst();
    return row ?? null;
  }

  /**
   * Records the intent to label the email, unless it has a label recorded already: the row as
   * it now stands (a concurrent or earlier run's, if there was one).
   */
  async intend(
    emailId: number,
    outcome: string,
    gmailLabelId: string,
    db: Executor = this.db,
  ): Promise<EmailLabel> {
    const inserted = await db
      .insertInto('emailLabels')
      .values({ emailId, outcome, gmailLabelId, state: 'applying' })
      .onConflict((oc) => oc.column('emailId').doNothing())
      .returning(['outcome', 'gmailLabelId', 'state'])
      .executeTakeFirst();
    return inserted ?? (await this.emailLabel(emailId, db))!;
  }

  /** The label is on the message (Gmail answered, or a retry found it there). */
  async applied(emailId: number, db: Executor = this.db): Promise<void> {
    await db
      .updateTable('emailLabels')
      .set({ state: 'applied', updatedAt: now() })
      .where('emailId', '=', emailId)
      .execute();
  }

  /** Points an intent whose label Gmail no longer knows at the label made to replace it. */
  async retarget(emailId: number, gmailLabelId: string, db: Executor = this.db): Promise<void> {
    await db
      .updateTable('emailLabels')
      .set({ gmailLabelId, updatedAt: now() })
      .where('emailId', '=', emailId)
      .where('state', '=', 'applying')
      .execute();
  }
}
