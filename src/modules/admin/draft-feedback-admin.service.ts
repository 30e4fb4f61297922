import { Injectable } from '@nestjs/common';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { acceptanceRate } from '../draft-feedback/draft-outcome.js';
import type { DraftOutcome } from '../persistence/entities/draft-feedback.entity.js';
import {
  DraftFeedbackRepository,
  type OutcomeCount,
} from '../persistence/repositories/draft-feedback.repository.js';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';
import type {
  DraftFeedbackFiguresDto,
  DraftOutcomeCountsDto,
  MailboxDraftFeedbackDto,
} from './dto/draft-feedback.dto.js';

const DEFAULT_DAYS = 30;

/** A mailbox's draft outcome figures (GET /api/v1/mailboxes/:id/feedback). */
@Injectable()
export class DraftFeedbackAdminService {
  constructor(
    private readonly mailboxes: MailboxRepository,
    private readonly feedback: DraftFeedbackRepository,
  ) {}

  async forMailbox(id: string, window = DEFAULT_DAYS): Promise<MailboxDraftFeedbackDto> {
    if (!(await this.mailboxes.findById(id)))
      throw new AppError(ErrorCodes.NOT_FOUND, 'Unknown mailbox', { status: 404, details: { id } });
    const since = new Date(Date.now() - window * 86_400_000);
    const { groups, awaiting } = await this.feedback.summary(id, since);
    const categories = [...new Set(groups.map((g) => g.category))];
    const days = [...new Set(groups.map((g) => g.day))].sort();
    return {
      mailbox_id: id,
      days: window,
      since,
      ...figures(groups),
      awaiting_outcome: awaiting,
      by_category: categories.map((category) => ({
        category,
        ...figures(groups.filter((g) => g.category === category)),
      })),
      by_day: days.map((date) => {
        const ofDay = groups.filter((g) => g.day === date);
        return {
          date,
          ...figures(ofDay),
          similarity_count: ofDay.reduce((n, g) => n + g.similarityN, 0),
        };
      }),
    };
  }
}

/** Counts, acceptance rate and mean similarity over some groups (draft-outcome.ts defines them). */
export function figures(groups: OutcomeCount[]): DraftFeedbackFiguresDto {
  const outcomes: DraftOutcomeCountsDto = {
    sent_unchanged: 0,
    sent_edited: 0,
    manual_reply: 0,
    deleted: 0,
    pending: 0,
  };
  let similaritySum = 0;
  let similarityN = 0;
  for (const g of groups) {
    outcomes[g.outcome satisfies DraftOutcome] += g.n;
    similaritySum += g.similaritySum;
    similarityN += g.similarityN;
  }
  const rate = acceptanceRate(outcomes);
  return {
    drafts: Object.values(outcomes).reduce((a, b) => a + b, 0),
    outcomes,
    acceptance_rate: rate === null ? null : round(rate),
    mean_similarity: similarityN ? round(similaritySum / similarityN) : null,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
