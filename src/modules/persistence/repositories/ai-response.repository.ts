import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, Repository } from 'typeorm';
import { AiResponseEntity } from '../entities/ai-response.entity.js';
import { type Executor, KYSELY, now, type ResponseRow } from '../database/database.js';
import { CompiledStatement } from '../database/compiled-statement.js';

export interface Usage {
  promptTokens: number;
  completionTokens: number;
  /** Of promptTokens, read from the provider's prompt cache. */
  cachedPromptTokens?: number;
  costUsd: number;
}

export interface Classification {
  category: string;
  confidence: number;
  reasoning: string | null;
  modelUsed: string;
  usage: Usage;
}

/** What the draft stage needs of an earlier AI draft in the thread (to replace it in place). */
export type PreviousDraft = Pick<
  ResponseRow,
  'id' | 'taskId' | 'draftId' | 'draftMessageId' | 'draftState'
>;

/** Stored reasoning is cut to this many characters (it is shown in the admin API). */
const MAX_REASONING = 2000;

/** A classification as its AI response's columns (cut and summed; see classificationValues). */
export type ClassificationValues = {
  taskId: string;
  emailId: number;
  category: string;
  confidence: number;
  reasoning: string | null;
  modelUsed: string;
  tokensUsed: number;
  promptTokens: number;
  completionTokens: number;
  cachedPromptTokens: number;
  costUsd: number;
};

export function classificationValues(
  input: Classification & { taskId: string; emailId: number },
): ClassificationValues {
  const { usage } = input;
  return {
    taskId: input.taskId,
    emailId: input.emailId,
    category: input.category,
    confidence: input.confidence,
    reasoning: input.reasoning?.slice(0, MAX_REASONING) ?? null,
    modelUsed: input.modelUsed,
    tokensUsed: usage.promptTokens + usage.completionTokens,
    promptTokens: usage.promptTokens,
    completionTokens: usage.completionTokens,
    cachedPromptTokens: Math.trunc(usage.cachedPromptTokens ?? 0),
    costUsd: usage.costUsd,
  };
}

/**
 * A task's classification written (or rewritten, on a re-run) into its AI response, as a
 * statement: run by itself (recordClassification) or as part of the label step's start
 * (LabelRepository.start) or of a task's transition (StageStateRepository.classified). Values
 * go in as they are, so the statement can be compiled once with placeholders (CompiledStatement).
 */
export function classificationUpsert(db: Executor, v: ClassificationValues) {
  // Named one by one: a compiled statement's placeholders have no keys to spread.
  const columns = {
    category: v.category,
    confidence: v.confidence,
    reasoning: v.reasoning,
    modelUsed: v.modelUsed,
    tokensUsed: v.tokensUsed,
    promptTokens: v.promptTokens,
    completionTokens: v.completionTokens,
    cachedPromptTokens: v.cachedPromptTokens,
    costUsd: v.costUsd,
  };
  return db
    .insertInto('aiResponses')
    .values((eb) => ({
      ...columns,
      taskId: v.taskId,
      emailId: v.emailId,
      mailboxId: eb
        .selectFrom('emails')
        .select('mailboxId')
        .where('id', '=', v.emailId)
        .$asScalar()
        .$notNull(),
    }))
    .onConflict((oc) => oc.column('taskId').doUpdateSet({ ...columns, updatedAt: now() }));
}

export interface GeneratedReply {
  taskId: string;
  reply: string;
  model: string;
  usage: Usage;
  provider?: string;
  noteIds?: string[];
}

/** A generated reply as the values its AI response update adds (see replyValues). */
export type ReplyValues = {
  taskId: string;
  reply: string;
  model: string;
  provider: string | null;
  noteIds: string[];
  tokens: number;
  prompt: number;
  completion: number;
  cached: number;
  cost: number;
};

export function replyValues(r: GeneratedReply): ReplyValues {
  const prompt = Math.trunc(r.usage.promptTokens);
  const completion = Math.trunc(r.usage.completionTokens);
  return {
    taskId: r.taskId,
    reply: r.reply,
    model: r.model,
    provider: r.provider ?? null,
    noteIds: r.noteIds ?? [],
    tokens: prompt + completion,
    prompt,
    completion,
    cached: Math.trunc(r.usage.cachedPromptTokens ?? 0),
    cost: Number(r.usage.costUsd) || 0,
  };
}

/** The reply and its token usage added to a task's AI response, as a statement (see above). */
export function replyUpdate(db: Executor, v: ReplyValues) {
  return db
    .updateTable('aiResponses')
    .set((eb) => ({
      generatedReply: v.reply,
      replyGeneratedAt: now(),
      replyModelUsed: v.model,
      replyProvider: v.provider,
      noteIds: v.noteIds,
      tokensUsed: eb('tokensUsed', '+', v.tokens),
      promptTokens: eb('promptTokens', '+', v.prompt),
      completionTokens: eb('completionTokens', '+', v.completion),
      cachedPromptTokens: eb('cachedPromptTokens', '+', v.cached),
      costUsd: eb('costUsd', '+', v.cost),
      updatedAt: now(),
    }))
    .where('taskId', '=', v.taskId);
}

/**
 * The newest AI draft another task recorded in a thread, as a query: run by itself
 * (latestDraftInThread) or joined laterally into the draft stage's start (StageStateRepository).
 */
export function latestDraftInThreadQuery(
  db: Executor,
  mailboxId: string,
  threadId: string | null,
  excludeTaskId: string,
) {
  return db
    .selectFrom('aiResponses as r')
    .innerJoin('emails as e', 'e.id', 'r.emailId')
    .select(['r.id', 'r.taskId', 'r.draftId', 'r.draftMessageId', 'r.draftState'])
    .where('e.mailboxId', '=', mailboxId)
    .where('e.threadId', '=', threadId)
    .where('r.taskId', '<>', excludeTaskId)
    .where('r.draftState', '=', 'created')
    .where('r.draftId', 'is not', null)
    .orderBy('r.updatedAt', 'desc')
    .limit(1);
}

@Injectable()
export class AiResponseRepository {
  // Compiled once (see CompiledStatement). The pipeline writes classifications inside its
  // transitions (see classificationUpsert); this statement of its own is for everything else.
  private readonly classificationStore = new CompiledStatement(classificationUpsert);

  constructor(
    @InjectRepository(AiResponseEntity) private readonly repo: Repository<AiResponseEntity>,
    @Inject(KYSELY) private readonly db: Executor,
  ) {}

  async findByTask(taskId: string, db: Executor = this.db): Promise<ResponseRow | null> {
    const row = await db
      .selectFrom('aiResponses')
      .selectAll()
      .where('taskId', '=', taskId)
      .executeTakeFirst();
    return row ?? null;
  }

  listForEmail(emailId: number): Promise<AiResponseEntity[]> {
    return this.repo.find({ where: { emailId }, order: { createdAt: 'ASC' } });
  }

  /** Stores (or on a re-run, overwrites) the classification of a task. */
  async recordClassification(
    input: Classification & { taskId: string; emailId: number },
    db: Executor = this.db,
  ): Promise<void> {
    await this.classificationStore.execute(db, classificationValues(input));
  }

  /** Adds the reply and its token usage on top of the classification's. */
  async recordReply(
    taskId: string,
    reply: string,
    model: string,
    usage: Usage,
    db: Executor = this.db,
    provider?: string,
    noteIds: string[] = [],
  ): Promise<void> {
    await replyUpdate(
      db,
      replyValues({ taskId, reply, model, usage, provider, noteIds }),
    ).execute();
  }

  async recordDraft(
    taskId: string,
    draftId: string,
    draftMessageId: string,
    db: Executor = this.db,
  ): Promise<void> {
    await db
      .updateTable('aiResponses')
      .set({ draftId, draftMessageId, draftState: 'created', updatedAt: now() })
      .where('taskId', '=', taskId)
      .execute();
  }

  /**
   * The newest AI draft recorded by another task in the same thread (an earlier message, or an
   * earlier run of the same message before a forced reprocess): one AI draft per thread.
   */
  async latestDraftInThread(
    mailboxId: string,
    threadId: string,
    excludeTaskId: string,
    db: Executor = this.db,
  ): Promise<PreviousDraft | null> {
    const row = await latestDraftInThreadQuery(
      db,
      mailboxId,
      threadId,
      excludeTaskId,
    ).executeTakeFirst();
    return row ?? null;
  }

  /** Marks an earlier draft as handed over to a newer email's run (it was replaced in place). */
  async releaseDraft(id: number): Promise<void> {
    await this.repo.update({ id }, { draftState: 'none', draftId: null });
  }

  /** Replies written for a mailbox since `since` (the daily draft cap). */
  async countDraftsSince(mailboxId: string, since: Date, db: Executor = this.db): Promise<number> {
    const row = await db
      .selectFrom('aiResponses')
      .select((eb) => eb.cast<number>(eb.fn.countAll(), 'integer').as('n'))
      .where('mailboxId', '=', mailboxId)
      .where('replyGeneratedAt', '>=', since)
      .executeTakeFirstOrThrow();
    return row.n;
  }

  countWithDraft(): Promise<number> {
    return this.repo.countBy({ draftId: Not(IsNull()) });
  }
}
