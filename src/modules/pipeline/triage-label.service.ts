import { Injectable, Logger } from '@nestjs/common';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { GmailClient, GmailCredentials } from '../gmail/gmail-client.port.js';
import type { TriageLabel } from '../mailbox-settings/mailbox-settings.js';
import { type KeptVerdict, LabelRepository } from '../persistence/repositories/label.repository.js';
import type { StageContext } from './stage-context.service.js';

export type LabelOutcome =
  /** Labels are off for the mailbox, or the outcome has no label. */
  | 'off'
  | 'applied'
  /** An earlier run's messages.modify reached Gmail before it could record it. */
  | 'recovered'
  /** The email has its label recorded already (a redelivery, a reprocess, a retry). */
  | 'already_labelled';

/** What the label step did, and what it leaves to the caller's next statement. */
export interface LabelStep {
  outcome: LabelOutcome;
  /** The label is on the message and not yet marked applied: the caller's statement marks it. */
  markApplied: boolean;
  /** The step's first statement stored the verdict it was given (LabelRepository.start). */
  verdictStored: boolean;
}

/**
 * The triage label step, exactly once per email. The intent (email, label id) is recorded before
 * messages.modify and marked applied after (by the caller's next statement, see apply); an
 * email with a label recorded is never labelled again, so one the user took off stays off. A run
 * that finds an intent not marked applied (the earlier run died around the modify call) looks at
 * the message's labels, fetched fresh by the classify stage: present means the call went through
 * and only the record is missing; absent means it never reached Gmail, so it is applied now. (A
 * user who removed the label in the few seconds between such a crash and its retry would see it
 * again: the one window left.)
 * Label ids are created on first use and kept per mailbox and name (mailbox_labels).
 */
@Injectable()
export class TriageLabelService {
  private readonly logger = new Logger(TriageLabelService.name);

  constructor(
    private readonly gmail: GmailClient,
    private readonly labels: LabelRepository,
  ) {}

  /**
   * Labels the message for `outcome` (null: no label for it). `messageLabelIds` are the
   * message's labels as Gmail showed them at the start of this run. `verdict`, when given, is
   * stored by the step's first statement (LabelRepository.start). The applied mark is
   * left to the caller's next statement when `markApplied` says so: the classify stage writes it
   * with the task's verdict (StageStateRepository.classified), so it costs no round trip of its
   * own; a run that dies before that statement finds the label on the message and records it.
   */
  async apply(
    ctx: StageContext,
    messageId: string,
    messageLabelIds: readonly string[],
    outcome: TriageLabel | null,
    verdict?: KeptVerdict,
  ): Promise<LabelStep> {
    if (!outcome || !ctx.settings.labelsEnabled)
      return { outcome: 'off', markApplied: false, verdictStored: false };
    const verdictStored = verdict !== undefined;
    const emailId = ctx.email.id;
    const name = ctx.settings.labelNames[outcome];
    // One statement in the usual case: the state as recorded, and the intent when it is new.
    const start = await this.labels.start(emailId, ctx.creds.mailboxId, outcome, name, verdict);
    const earlier = start.earlier;
    if (earlier?.state === 'applied')
      return { outcome: 'already_labelled', markApplied: false, verdictStored };
    const intent =
      earlier ??
      start.intent ??
      (await this.labels.intend(emailId, outcome, await this.labelId(ctx.creds, name)));
    if (intent.state === 'applied')
      return { outcome: 'already_labelled', markApplied: false, verdictStored };
    if (earlier && messageLabelIds.includes(intent.gmailLabelId)) {
      this.logger.log({ emailId }, 'label was applied by an earlier run; recording it');
      return { outcome: 'recovered', markApplied: true, verdictStored };
    }
    await this.addLabel(ctx, messageId, intent.gmailLabelId, ctx.settings.labelNames[outcome]);
    return { outcome: 'applied', markApplied: true, verdictStored };
  }

  /**
   * messages.modify; when Gmail no longer knows the label (the user deleted it), the label is
   * made again under its current name and the intent moved to it.
   */
  private async addLabel(
    ctx: StageContext,
    messageId: string,
    labelId: string,
    name: string,
  ): Promise<void> {
    try {
      await this.gmail.addLabels(ctx.creds, messageId, [labelId]);
      return;
    } catch (error) {
      if (!isRefusedLabel(error)) throw error;
      const known = await this.gmail.listLabels(ctx.creds);
      if (known.some((l) => l.id === labelId)) throw error;
    }
    await this.labels.forgetLabel(ctx.mailbox.id, labelId);
    const fresh = await this.labelId(ctx.creds, name);
    await this.labels.retarget(ctx.email.id, fresh);
    await this.gmail.addLabels(ctx.creds, messageId, [fresh]);
  }

  /** The label's id in the mailbox: remembered, else created, else (409) found by name. */
  private async labelId(creds: GmailCredentials, name: string): Promise<string> {
    const known = await this.labels.labelId(creds.mailboxId, name);
    if (known) return known;
    let id: string;
    try {
      id = (await this.gmail.createLabel(creds, name)).id;
    } catch (error) {
      if (!(error instanceof AppError && error.code === ErrorCodes.GMAIL_CONFLICT)) throw error;
      // The user (or another worker) made it already: Gmail compares names case-insensitively.
      const wanted = name.toLowerCase();
      const found = (await this.gmail.listLabels(creds)).find(
        (l) => l.name.toLowerCase() === wanted,
      );
      if (!found) {
        throw new AppError(ErrorCodes.GMAIL_CONFLICT, 'label name conflicts with no label listed', {
          retryable: true,
          details: { reason: 'label_conflict' },
        });
      }
      id = found.id;
    }
    return this.labels.rememberLabel(creds.mailboxId, name, id);
  }
}

/** Gmail refuses an unknown label id in messages.modify with 400 (or 404). */
function isRefusedLabel(error: unknown): boolean {
  return (
    error instanceof AppError &&
    (error.code === ErrorCodes.GMAIL_NOT_FOUND ||
      (error.code === ErrorCodes.GMAIL_BAD_REQUEST && error.status === 400))
  );
}
