import { Inject, Injectable } from '@nestjs/common';
import { type Executor, KYSELY, now, type ResponseRow } from '../database/database.js';
import {
  AiResponseRepository,
  type Classification,
  latestDraftInThreadQuery,
  type PreviousDraft,
  type Usage,
} from './ai-response.repository.js';
import { TaskRepository } from './task.repository.js';
import { ACTIVE_TASK_STATUSES, type TaskStage } from '../../task-lifecycle/task-state.js';

/** What the draft stage needs under its lock, read and marked in one statement. */
export interface DraftStart {
  /** The task's AI response as it was before this statement. */
  response: ResponseRow;
  /** The marker to write into the draft; null when there is nothing to draft (see prepareDraft). */
  marker: string | null;
  /** The newest AI draft of another task in the email's thread (one AI draft per thread). */
  previousInThread: PreviousDraft | null;
}

export interface FinishTask {
  taskId: string;
  emailId: number;
  status: 'completed' | 'skipped';
  stage?: TaskStage;
  skipReason?: string | null;
  /** The Gmail draft this run created (recorded even if the task is no longer live). */
  draft?: { draftId: string; messageId: string };
}

/** Where a classification leaves the task: on to generate, or finished. */
export type AfterClassify =
  { stage: 'classified' } | Pick<FinishTask, 'status' | 'stage' | 'skipReason'>;

/**
 * The task's transitions with what each writes beside the task (responses, emails, dead
 * letters), each atomic: one statement (data-modifying CTEs) or one transaction of repository
 * calls. Every method runs on the executor it is given, so a caller may join it to its own
 * transaction.
 */
@Injectable()
export class StageStateRepository {
  constructor(
    @Inject(KYSELY) private readonly db: Executor,
    private readonly responses: AiResponseRepository,
    private readonly tasks: TaskRepository,
  ) {}

  /**
   * Ends a live task: status set, open dead letters resolved (it succeeded after all), email
   * marked processed, and the draft it created recorded. One statement, so an observer never
   * sees the task final with the rest not yet written. False when the task was no longer live
   * (then only the draft is recorded: a draft made must never go unrecorded).
   */
  async finish(input: FinishTask, db: Executor = this.db): Promise<boolean> {
    const { taskId, draft } = input;
    const rows = await db
      .with('done', (qb) =>
        qb
          .updateTable('processingTasks')
          .set((eb) => ({
            status: input.status,
            stage: input.stage ?? eb.ref('stage'),
            skipReason: input.skipReason ?? null,
            errorMessage: null,
            completedAt: now(),
            updatedAt: now(),
          }))
          .where('id', '=', taskId)
          .where('status', 'in', ACTIVE_TASK_STATUSES)
          .returning('id'),
      )
      .with('dead', (qb) =>
        qb
          .updateTable('failedTasks')
          .set({ resolvedAt: now() })
          .where('taskId', '=', taskId)
          .where('resolvedAt', 'is', null)
          .where((eb) => eb.exists(eb.selectFrom('done').select('id'))),
      )
      .with('email', (qb) =>
        qb
          .updateTable('emails')
          .set({ processed: true })
          .where('id', '=', input.emailId)
          .where((eb) => eb.exists(eb.selectFrom('done').select('id'))),
      )
      .with('draft', (qb) =>
        qb
          .updateTable('aiResponses')
          .set({
            draftId: draft?.draftId ?? null,
            draftMessageId: draft?.messageId ?? null,
            draftState: 'created',
            updatedAt: now(),
          })
          .where('taskId', '=', taskId)
          .where((eb) => eb.val(draft !== undefined)),
      )
      .selectFrom('done')
      .select('id')
      .execute();
    return rows.length > 0;
  }

  /**
   * Records a classification and moves the live task on: to `classified` for the generate
   * stage, or to a final status (finish). One transaction; false when the task was no longer
   * live (the classification is stored all the same).
   */
  classified(
    taskId: string,
    emailId: number,
    c: Classification,
    then: AfterClassify,
  ): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      // The task row first, as every other transition locks it first.
      const live =
        'status' in then
          ? await this.finish({ taskId, emailId, ...then }, tx)
          : await this.tasks.setStage(taskId, then.stage, tx);
      await this.responses.recordClassification({ ...c, taskId, emailId }, tx);
      return live;
    });
  }

  /**
   * Records the generated reply (with the provider that wrote it and the ids of the knowledge
   * notes its prompt held) and moves a live task on to `reply_generated`, in one transaction.
   */
  replyGenerated(
    taskId: string,
    reply: string,
    model: string,
    usage: Usage,
    provider?: string,
    noteIds: string[] = [],
  ): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const live = await this.tasks.setStage(taskId, 'reply_generated', tx);
      await this.responses.recordReply(taskId, reply, model, usage, tx, provider, noteIds);
      return live;
    });
  }

  /**
   * The draft stage's start, under its lock: the response as it was, the marker to write into
   * the draft (an earlier attempt's when there was one: a resumed run must look for that one;
   * null when there is no reply yet or the draft is already recorded), and the previous AI
   * draft in `threadId`. One statement.
   */
  async prepareDraft(
    taskId: string,
    newMarker: string,
    mailboxId: string,
    threadId: string | null,
    db: Executor = this.db,
  ): Promise<DraftStart | null> {
    const row = await db
      .with('cur', (qb) =>
        qb.selectFrom('aiResponses').selectAll().where('taskId', '=', taskId).forUpdate(),
      )
      .with('marked', (qb) =>
        qb
          .updateTable('aiResponses as a')
          .from('cur')
          .set((eb) => ({
            draftMarker: eb.fn.coalesce('a.draftMarker', eb.val(newMarker)),
            draftState: eb
              .case()
              .when('a.draftMarker', 'is', null)
              .then('creating' as const)
              .else(eb.ref('a.draftState'))
              .end(),
            updatedAt: now(),
          }))
          .whereRef('a.id', '=', 'cur.id')
          .where('cur.generatedReply', 'is not', null)
          .where((eb) =>
            eb.not(
              eb.and([eb('cur.draftState', '=', 'created'), eb('cur.draftId', 'is not', null)]),
            ),
          )
          .returning('a.draftMarker'),
      )
      .selectFrom('cur as r')
      .leftJoinLateral(
        () => latestDraftInThreadQuery(db, mailboxId, threadId, taskId).as('p'),
        (join) => join.onTrue(),
      )
      .selectAll('r')
      .select((eb) => [
        eb.selectFrom('marked').select('draftMarker').$asScalar().as('marker'),
        'p.id as previousId',
        'p.taskId as previousTaskId',
        'p.draftId as previousDraftId',
        'p.draftMessageId as previousDraftMessageId',
        'p.draftState as previousDraftState',
      ])
      .executeTakeFirst();
    if (!row) return null;
    const {
      marker,
      previousId,
      previousTaskId,
      previousDraftId,
      previousDraftMessageId,
      previousDraftState,
      ...response
    } = row;
    return {
      response,
      marker: marker ?? null,
      previousInThread:
        previousId === null
          ? null
          : {
              id: previousId,
              taskId: previousTaskId!,
              draftId: previousDraftId,
              draftMessageId: previousDraftMessageId,
              draftState: previousDraftState!,
            },
    };
  }
}
