import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { In, Repository } from 'typeorm';
import { ProcessingTaskEntity } from '../entities/processing-task.entity.js';
import { type Executor, KYSELY, now, type TaskRow } from '../database/database.js';
import {
  ACTIVE_TASK_STATUSES,
  type TaskStage,
  type TaskStatus,
} from '../../task-lifecycle/task-state.js';

export interface TaskUpdate {
  status?: TaskStatus;
  stage?: TaskStage;
  skipReason?: string | null;
  errorMessage?: string | null;
  completedAt?: Date | null;
}

/**
 * A conditional transition as a statement returning the task's id when it applied: only while
 * the task is still live, so a stale job re-run after the task finished changes nothing. Run
 * by itself (TaskRepository.update) or as part of a wider transition (StageStateRepository).
 */
export function liveTaskUpdate(db: Executor, id: string, change: TaskUpdate) {
  return db
    .updateTable('processingTasks')
    .set({ ...change, updatedAt: now() })
    .where('id', '=', id)
    .where('status', 'in', ACTIVE_TASK_STATUSES);
}

@Injectable()
export class TaskRepository {
  constructor(
    @InjectRepository(ProcessingTaskEntity) private readonly repo: Repository<ProcessingTaskEntity>,
    @Inject(KYSELY) private readonly db: Executor,
  ) {}

  findById(id: string): Promise<ProcessingTaskEntity | null> {
    return this.repo.findOne({ where: { id }, relations: { email: true } });
  }

  listForEmail(emailId: number): Promise<ProcessingTaskEntity[]> {
    return this.repo.find({ where: { emailId }, order: { createdAt: 'ASC' } });
  }

  /**
   * Live tasks still at stage `queued` of the emails with these Gmail message ids: recorded,
   * but whose first job may have been lost (a sync that replays them enqueues them again).
   */
  findQueuedForMessages(messageIds: string[], db: Executor = this.db): Promise<TaskRow[]> {
    if (messageIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('processingTasks as t')
      .innerJoin('emails as e', 'e.id', 't.emailId')
      .selectAll('t')
      .where('e.messageId', 'in', messageIds)
      .where('t.status', 'in', ACTIVE_TASK_STATUSES)
      .where('t.stage', '=', 'queued')
      .execute();
  }

  findActiveForEmail(emailId: number): Promise<ProcessingTaskEntity | null> {
    return this.repo.findOne({ where: { emailId, status: In([...ACTIVE_TASK_STATUSES]) } });
  }

  /**
   * Starts a new run for an email unless one is already live (the partial unique index
   * guarantees at most one, even under concurrent requests). Returns the live task either way.
   */
  async createRun(
    emailId: number,
    opts: { priority?: boolean } = {},
  ): Promise<{ task: ProcessingTaskEntity; created: boolean }> {
    const result = await this.repo
      .createQueryBuilder()
      .insert()
      .into(ProcessingTaskEntity)
      .values({
        emailId,
        status: 'pending',
        stage: 'queued',
        correlationId: randomUUID(),
        priority: opts.priority ?? false,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const rows = result.raw as { id: string }[];
    if (rows.length)
      return { task: (await this.findById(rows[0].id)) as ProcessingTaskEntity, created: true };
    return {
      task: (await this.findActiveForEmail(emailId)) as ProcessingTaskEntity,
      created: false,
    };
  }

  /** A conditional transition (liveTaskUpdate); false when the task was no longer live. */
  async update(id: string, change: TaskUpdate, db: Executor = this.db): Promise<boolean> {
    const result = await liveTaskUpdate(db, id, change).executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** A live task's stage moves on. */
  async setStage(id: string, stage: TaskStage, db: Executor = this.db): Promise<boolean> {
    return this.update(id, { stage }, db);
  }

  /** Reopens a failed task for a dead-letter retry. */
  async reopen(id: string, stage: TaskStage, db: Executor = this.db): Promise<boolean> {
    const result = await db
      .updateTable('processingTasks')
      .set({ status: 'pending', stage, errorMessage: null, completedAt: null, updatedAt: now() })
      .where('id', '=', id)
      .where('status', '=', 'failed')
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Live tasks not touched for `idleMs`: candidates for the reconciler. */
  listStale(idleMs: number, limit: number, db: Executor = this.db): Promise<TaskRow[]> {
    return (
      db
        .selectFrom('processingTasks as t')
        .innerJoin('emails as e', 'e.id', 't.emailId')
        // Only active mailboxes': a paused or disconnected mailbox's tasks wait for it and are
        // never touched, so, oldest of all, they would fill every pass's limit for good.
        .innerJoin('mailboxes as m', 'm.id', 'e.mailboxId')
        .selectAll('t')
        .where('m.status', '=', 'active')
        .where('t.status', 'in', ACTIVE_TASK_STATUSES)
        .where('t.updatedAt', '<', sql<Date>`now() - make_interval(secs => ${idleMs / 1000})`)
        .orderBy('t.updatedAt', 'asc')
        .limit(limit)
        .execute()
    );
  }

  /** The database's clock: cut-offs compared with updated_at are taken from it. */
  async databaseNow(db: Executor = this.db): Promise<Date> {
    const { rows } = await sql<{ now: Date }>`SELECT now() AS now`.execute(db);
    return rows[0].now;
  }

  /**
   * Live tasks of active mailboxes that no worker is running, last touched before `before`, in
   * id order after the id `after` (a key of its own: pg's Dates drop updated_at's microseconds,
   * and the requeue touches what it reads): pending ones, and processing ones resting at the end of
   * a stage (`handOffStages`) for longer than `restMs`, whose next stage was queued. For the
   * recovery after the queue store lost its data (ReconcilerService.recoverLostJobs).
   */
  listResting(
    q: {
      before: Date;
      handOffStages: readonly TaskStage[];
      restMs: number;
      after: string | null;
      limit: number;
    },
    db: Executor = this.db,
  ): Promise<TaskRow[]> {
    return db
      .selectFrom('processingTasks as t')
      .innerJoin('emails as e', 'e.id', 't.emailId')
      .innerJoin('mailboxes as m', 'm.id', 'e.mailboxId')
      .selectAll('t')
      .where('m.status', '=', 'active')
      .where('t.updatedAt', '<', q.before)
      .where((eb) =>
        eb.or([
          eb('t.status', '=', 'pending'),
          eb.and([
            eb('t.status', '=', 'processing'),
            eb('t.stage', 'in', q.handOffStages),
            eb('t.updatedAt', '<', sql<Date>`now() - make_interval(secs => ${q.restMs / 1000})`),
          ]),
        ]),
      )
      .$if(q.after !== null, (qb) => qb.where('t.id', '>', q.after!))
      .orderBy('t.id', 'asc')
      .limit(q.limit)
      .execute();
  }

  /** Touches updated_at so the reconciler leaves a task alone while its job is known to be queued. */
  async touch(id: string, db: Executor = this.db): Promise<void> {
    await db
      .updateTable('processingTasks')
      .set({ updatedAt: now() })
      .where('id', '=', id)
      .execute();
  }

  countByStatus(status: TaskStatus): Promise<number> {
    return this.repo.countBy({ status });
  }
}
