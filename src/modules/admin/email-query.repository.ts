import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EmailEntity } from '../persistence/entities/email.entity.js';
import { FailedTaskEntity } from '../persistence/entities/failed-task.entity.js';
import type { TaskStage, TaskStatus } from '../task-lifecycle/task-state.js';

export interface EmailListFilter {
  mailboxId?: string;
  category?: string;
  status?: string;
  since?: Date;
  until?: Date;
  /** Keyset: only emails with a smaller id (the list is newest id first). */
  beforeId?: number;
  limit: number;
}

export interface EmailListRow {
  email: EmailEntity;
  taskId: string | null;
  taskStatus: TaskStatus | null;
  taskStage: TaskStage | null;
  category: string | null;
  confidence: number | null;
  draftId: string | null;
}

interface RawRow {
  id: number;
  mailbox_id: string;
  message_id: string;
  thread_id: string | null;
  sender: string | null;
  subject: string | null;
  received_at: Date | null;
  processed: boolean;
  created_at: Date;
  task_id: string | null;
  task_status: TaskStatus | null;
  task_stage: TaskStage | null;
  category: string | null;
  confidence: number | null;
  draft_id: string | null;
}

/**
 * Read-only queries of the admin API that span several tables (an email with its latest run
 * and latest AI verdict). Kept here, beside their only caller, rather than in the persistence
 * repositories that the pipeline writes through.
 */
@Injectable()
export class EmailQueryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(filter: EmailListFilter): Promise<EmailListRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.mailboxId) where.push(`e.mailbox_id = ${param(filter.mailboxId)}`);
    if (filter.category) where.push(`r.category = ${param(filter.category)}`);
    if (filter.status) where.push(`t.status = ${param(filter.status)}`);
    if (filter.since) where.push(`COALESCE(e.received_at, e.created_at) >= ${param(filter.since)}`);
    if (filter.until) where.push(`COALESCE(e.received_at, e.created_at) < ${param(filter.until)}`);
    if (filter.beforeId !== undefined) where.push(`e.id < ${param(filter.beforeId)}`);
    const sql = `
      SELECT e.id, e.mailbox_id, e.message_id, e.thread_id, e.sender, e.subject, e.received_at, e.processed, e.created_at,
             t.id AS task_id, t.status AS task_status, t.stage AS task_stage,
             r.category, r.confidence, r.draft_id
        FROM emails e
        LEFT JOIN LATERAL (
          SELECT pt.id, pt.status, pt.stage FROM processing_tasks pt
           WHERE pt.email_id = e.id ORDER BY pt.created_at DESC, pt.id DESC LIMIT 1
        ) t ON true
        LEFT JOIN LATERAL (
          SELECT ar.category, ar.confidence, ar.draft_id FROM ai_responses ar
           WHERE ar.email_id = e.id ORDER BY ar.created_at DESC, ar.id DESC LIMIT 1
        ) r ON true
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY e.id DESC
       LIMIT ${param(filter.limit)}`;
    const rows = (await this.dataSource.query(sql, params)) as RawRow[];
    return rows.map((r) => ({
      email: Object.assign(new EmailEntity(), {
        id: r.id,
        mailboxId: r.mailbox_id,
        messageId: r.message_id,
        threadId: r.thread_id,
        sender: r.sender,
        subject: r.subject,
        receivedAt: r.received_at,
        processed: r.processed,
        createdAt: r.created_at,
      }),
      taskId: r.task_id,
      taskStatus: r.task_status,
      taskStage: r.task_stage,
      category: r.category,
      confidence: r.confidence,
      draftId: r.draft_id,
    }));
  }

  failedForEmail(emailId: number): Promise<FailedTaskEntity[]> {
    return this.dataSource
      .getRepository(FailedTaskEntity)
      .find({ where: { emailId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  /**
   * Dead letters, unresolved first, then newest first. The keyset is (resolved flag, id) so a
   * page boundary never skips or repeats an entry even while new failures arrive.
   */
  async listFailed(opts: {
    state: 'all' | 'unresolved' | 'resolved';
    after?: { r: number; id: number };
    limit: number;
  }): Promise<FailedTaskEntity[]> {
    const qb = this.dataSource.getRepository(FailedTaskEntity).createQueryBuilder('f');
    if (opts.state === 'unresolved') qb.andWhere('f.resolved_at IS NULL');
    if (opts.state === 'resolved') qb.andWhere('f.resolved_at IS NOT NULL');
    if (opts.after) {
      qb.andWhere(
        '((f.resolved_at IS NOT NULL)::int > :r OR ((f.resolved_at IS NOT NULL)::int = :r AND f.id < :id))',
        opts.after,
      );
    }
    return qb
      .orderBy('(f.resolved_at IS NOT NULL)', 'ASC')
      .addOrderBy('f.id', 'DESC')
      .limit(opts.limit)
      .getMany();
  }
}
