import { Inject, Injectable } from '@nestjs/common';
import type { QueryCreator } from 'kysely';
import { type Database, type Executor, KYSELY, now } from '../database/database.js';
import { StatementShapes } from '../database/compiled-statement.js';
import type { EmailLabelState } from '../entities/email-label.entity.js';
import { classificationUpsert, type ClassificationValues } from './ai-response.repository.js';
import {
  type CacheEntry,
  type CacheParams,
  cacheParams,
  cacheStoreFrom,
} from './classification-cache.repository.js';

/** An LLM's verdict that the label step's start stores (LabelRepository.start). */
export interface KeptVerdict {
  classification: ClassificationValues;
  /** Its row for the shared classification cache (null: none to keep). */
  cache: CacheEntry | null;
}

/** An email's triage label as recorded. */
export interface EmailLabel {
  outcome: string;
  gmailLabelId: string;
  state: EmailLabelState;
}

/** Where the label step of an email starts (LabelRepository.start). */
export interface LabelStart {
  /** The email's label as recorded before this start (an earlier run's), if any. */
  earlier: EmailLabel | null;
  /** The intent this start recorded: none was recorded yet and the label's id was known. */
  intent: EmailLabel | null;
}

/**
 * The triage labels: the Gmail label id of each (mailbox, label name) once created, and the one
 * label of each email with its state (intent before messages.modify, applied after).
 */
@Injectable()
export class LabelRepository {
  // Compiled once each (see CompiledStatement): they run for every labelled email.
  private readonly starts = new StatementShapes(startQuery);

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
   * The label step's start in one statement: the email's label as recorded and, when there is
   * none and the mailbox's label id for `name` is known, the intent recorded. Neither (the label
   * is new to the mailbox, or a concurrent run recorded its intent after this statement's
   * snapshot): the caller finds the id and calls intend, which sees the row as it then stands.
   * With `verdict`, the LLM's verdict that decided the label is stored in the same statement
   * (its AI response, and its row for the shared cache), so a run that dies in the label step
   * resumes from it, and the next mailbox with the same content is answered by the cache.
   */
  async start(
    emailId: number,
    mailboxId: string,
    outcome: string,
    name: string,
    verdict?: KeptVerdict,
    db: Executor = this.db,
  ): Promise<LabelStart> {
    if (verdict && verdict.classification.emailId !== emailId)
      throw new Error('the classification is for another email');
    const cache = verdict?.cache ? cacheParams(verdict.cache) : {};
    const rows = await this.starts
      .of({ classification: verdict !== undefined, cache: Boolean(verdict?.cache) })
      .rows(db, { ...verdict?.classification, ...cache, emailId, mailboxId, outcome, name });
    const pick = (wasThere: boolean): EmailLabel | null => {
      const row = rows.find((r) => r.wasThere === wasThere);
      return row
        ? { outcome: row.outcome, gmailLabelId: row.gmailLabelId, state: row.state }
        : null;
    };
    return { earlier: pick(true), intent: pick(false) };
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

/**
 * Marks the email's label applied (it is on the message: Gmail answered, or a retry found it
 * there); part of the task's transition that follows the label step
 * (StageStateRepository.classified).
 */
export function labelApplied(db: Executor, p: { emailId: number }) {
  return db
    .updateTable('emailLabels')
    .set({ state: 'applied', updatedAt: now() })
    .where('emailId', '=', p.emailId);
}

type StartParams = { emailId: number; mailboxId: string; outcome: string; name: string };

/** The label step's start (see LabelRepository.start); the verdict first, when given. */
function startQuery(
  db: Executor,
  p: StartParams & Partial<ClassificationValues> & Partial<CacheParams>,
  shape: { classification: boolean; cache: boolean },
) {
  // Neither is read by the rest of the statement (see StageStateRepository's `also`).
  let base: QueryCreator<Database> = db;
  if (shape.classification)
    base = base.with('response', () =>
      classificationUpsert(db, p as ClassificationValues),
    ) as unknown as QueryCreator<Database>;
  if (shape.cache)
    base = base.with('cached', () => cacheStoreFrom(db, p)) as unknown as QueryCreator<Database>;
  return base
    .with('earlier', (qb) =>
      qb
        .selectFrom('emailLabels')
        .select(['outcome', 'gmailLabelId', 'state'])
        .where('emailId', '=', p.emailId),
    )
    .with('known', (qb) =>
      qb
        .selectFrom('mailboxLabels')
        .select('gmailLabelId')
        .where('mailboxId', '=', p.mailboxId)
        .where('name', '=', p.name),
    )
    .with('intent', (qb) =>
      qb
        .insertInto('emailLabels')
        .columns(['emailId', 'outcome', 'gmailLabelId', 'state'])
        .expression((eb) =>
          eb
            .selectFrom('known')
            .select([
              eb.val(p.emailId).as('emailId'),
              eb.val(p.outcome).as('outcome'),
              'known.gmailLabelId',
              eb.val('applying' as const).as('state'),
            ])
            .where((w) => w.not(w.exists(w.selectFrom('earlier').select('state')))),
        )
        .onConflict((oc) => oc.column('emailId').doNothing())
        .returning(['outcome', 'gmailLabelId', 'state']),
    )
    .selectFrom('earlier')
    .select((eb) => [
      'outcome',
      'gmailLabelId',
      'state',
      eb.lit(true).$castTo<boolean>().as('wasThere'),
    ])
    .unionAll((eb) =>
      eb
        .selectFrom('intent')
        .select((i) => [
          'outcome',
          'gmailLabelId',
          'state',
          i.lit(false).$castTo<boolean>().as('wasThere'),
        ]),
    );
}
