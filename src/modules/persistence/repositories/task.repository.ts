import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, In, Repository } from 'typeorm';
import { MailboxEntity } from '../entities/mailbox.entity.js';
import { ProcessingTaskEntity } from '../entities/processing-task.entity.js';
import { PreparedStatements } from './prepared-statements.js';
import {
  ACTIVE_STATUSES_SQL,
  ACTIVE_TASK_STATUSES,
  isActiveStatus,
  sqlLiteral,
  TASK_STATUSES,
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

const FINAL = TASK_STATUSES.filter((s) => !isActiveStatus(s));

@Injectable()
export class TaskRepository {
  private readonly sql: PreparedStatements;

  constructor(
    @InjectRepository(ProcessingTaskEntity) private readonly repo: Repository<ProcessingTaskEntity>,
    @InjectDataSource() dataSource: DataSource,
  ) {
    this.sql = new PreparedStatements(dataSource);
  }

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
  findQueuedForMessages(messageIds: string[]): Promise<ProcessingTaskEntity[]> {
    if (messageIds.length === 0) return Promise.resolve([]);
    return this.repo
      .createQueryBuilder('t')
      .innerJoin('t.email', 'e')
      .where('e.message_id IN (:...messageIds)', { messageIds })
      .andWhere(`t.status IN (${ACTIVE_STATUSES_SQL})`)
      .andWhere(`t.stage = ${sqlLiteral('queued')}`)
      .getMany();
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

  /**
   * Conditional transition: applies only while the task is still live, so a stale job re-run
   * after the task finished (or was superseded) changes nothing. Returns false when not applied.
   */
  async update(id: string, change: TaskUpdate): Promise<boolean> {
    const result = await this.repo
      .createQueryBuilder()
      .update(ProcessingTaskEntity)
      .set(change)
      .where('id = :id', { id })
      .andWhere('status NOT IN (:...final)', { final: FINAL })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** A live task's stage moves on (the pipeline's hot path: a prepared statement). */
  async setStage(id: string, stage: TaskStage): Promise<boolean> {
    const rows = await this.sql.query(
      'task_set_stage',
      `UPDATE processing_tasks SET stage = $2, updated_at = now() WHERE id = $1 AND status IN (${ACTIVE_STATUSES_SQL}) RETURNING id`,
      [id, stage],
    );
    return rows.length > 0;
  }

  /** Reopens a failed task for a dead-letter retry. */
  async reopen(id: string, stage: TaskStage): Promise<boolean> {
    const result = await this.repo
      .createQueryBuilder()
      .update(ProcessingTaskEntity)
      .set({ status: 'pending', stage, errorMessage: null, completedAt: null })
      .where(`id = :id AND status = ${sqlLiteral('failed')}`, { id })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** Live tasks not touched for `idleMs`: candidates for the reconciler. */
  listStale(idleMs: number, limit: number): Promise<ProcessingTaskEntity[]> {
    return (
      this.repo
        .createQueryBuilder('t')
        // Only active mailboxes': a paused or disconnected mailbox's tasks wait for it and are
        // never touched, so, oldest of all, they would fill every pass's limit for good.
        .innerJoin('t.email', 'e')
        .innerJoin(MailboxEntity, 'm', "m.id = e.mailboxId AND m.status = 'active'")
        .where(`t.status IN (${ACTIVE_STATUSES_SQL})`)
        .andWhere("t.updated_at < now() - (:ms || ' milliseconds')::interval", { ms: idleMs })
        .orderBy('t.updated_at', 'ASC')
        .limit(limit)
        .getMany()
    );
  }

  /** Touches updated_at so the reconciler leaves a task alone while its job is known to be queued. */
  async touch(id: string): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .update(ProcessingTaskEntity)
      .set({ updatedAt: () => 'now()' })
      .where('id = :id', { id })
      .execute();
  }

  countByStatus(status: TaskStatus): Promise<number> {
    return this.repo.countBy({ status });
  }
}
