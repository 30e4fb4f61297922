import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, Repository } from 'typeorm';
import { AiResponseEntity } from '../entities/ai-response.entity';

export interface Usage {
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
}

@Injectable()
export class AiResponseRepository {
  constructor(@InjectRepository(AiResponseEntity) private readonly repo: Repository<AiResponseEntity>) {}

  findByTask(taskId: string): Promise<AiResponseEntity | null> {
    return this.repo.findOneBy({ taskId });
  }

  listForEmail(emailId: number): Promise<AiResponseEntity[]> {
    return this.repo.find({ where: { emailId }, order: { createdAt: 'ASC' } });
  }

  /** Stores (or on a re-run, overwrites) the classification of a task. */
  async recordClassification(input: {
    taskId: string;
    emailId: number;
    category: string;
    confidence: number;
    reasoning: string | null;
    modelUsed: string;
    usage: Usage;
  }): Promise<void> {
    const tokens = input.usage.promptTokens + input.usage.completionTokens;
    await this.repo
      .createQueryBuilder()
      .insert()
      .into(AiResponseEntity)
      .values({
        taskId: input.taskId,
        emailId: input.emailId,
        category: input.category,
        confidence: input.confidence,
        reasoning: input.reasoning?.slice(0, 2000) ?? null,
        modelUsed: input.modelUsed,
        tokensUsed: tokens,
        promptTokens: input.usage.promptTokens,
        completionTokens: input.usage.completionTokens,
        costUsd: input.usage.costUsd,
      })
      .orUpdate(['category', 'confidence', 'reasoning', 'model_used', 'tokens_used', 'prompt_tokens', 'completion_tokens', 'cost_usd', 'updated_at'], ['task_id'])
      .execute();
  }

  /** Adds the reply and its token usage on top of the classification's. */
  async recordReply(taskId: string, reply: string, model: string, usage: Usage): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .update(AiResponseEntity)
      .set({
        generatedReply: reply,
        replyModelUsed: model,
        tokensUsed: () => `tokens_used + ${Math.trunc(usage.promptTokens + usage.completionTokens)}`,
        promptTokens: () => `prompt_tokens + ${Math.trunc(usage.promptTokens)}`,
        completionTokens: () => `completion_tokens + ${Math.trunc(usage.completionTokens)}`,
        costUsd: () => `cost_usd + ${Number(usage.costUsd) || 0}`,
      })
      .where('task_id = :taskId', { taskId })
      .execute();
  }

  /**
   * Records the intent to write a draft before calling Gmail. The marker goes into the draft's
   * header; after a crash, a retry finds the draft by it instead of creating a second one.
   */
  async beginDraft(taskId: string, marker: string): Promise<string> {
    await this.repo
      .createQueryBuilder()
      .update(AiResponseEntity)
      .set({ draftMarker: marker, draftState: 'creating' })
      .where('task_id = :taskId AND draft_marker IS NULL', { taskId })
      .execute();
    const row = await this.repo.findOneByOrFail({ taskId });
    return row.draftMarker as string;
  }

  async recordDraft(taskId: string, draftId: string, draftMessageId: string): Promise<void> {
    await this.repo.update({ taskId }, { draftId, draftMessageId, draftState: 'created' });
  }

  /**
   * The newest AI draft recorded by another task in the same thread (an earlier message, or an
   * earlier run of the same message before a forced reprocess): one AI draft per thread.
   */
  async latestDraftInThread(mailboxId: string, threadId: string, excludeTaskId: string): Promise<AiResponseEntity | null> {
    return this.repo
      .createQueryBuilder('r')
      .innerJoin('r.email', 'e')
      .where('e.mailbox_id = :mailboxId AND e.thread_id = :threadId AND r.task_id <> :excludeTaskId', { mailboxId, threadId, excludeTaskId })
      .andWhere("r.draft_state = 'created' AND r.draft_id IS NOT NULL")
      .orderBy('r.updated_at', 'DESC')
      .getOne();
  }

  /** Marks an earlier draft as handed over to a newer email's run (it was replaced in place). */
  async releaseDraft(id: number): Promise<void> {
    await this.repo.update({ id }, { draftState: 'none', draftId: null });
  }

  /** Drafts written today for a mailbox (cost guard). */
  async countDraftsSince(mailboxId: string, since: Date): Promise<number> {
    return this.repo
      .createQueryBuilder('r')
      .innerJoin('r.email', 'e')
      .where('e.mailbox_id = :mailboxId', { mailboxId })
      .andWhere('r.generated_reply IS NOT NULL AND r.updated_at >= :since', { since })
      .getCount();
  }

  countWithDraft(): Promise<number> {
    return this.repo.countBy({ draftId: Not(IsNull()) });
  }
}
