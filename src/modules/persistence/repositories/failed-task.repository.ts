import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { FailedTaskEntity } from '../entities/failed-task.entity.js';

export interface NewFailedTask {
  emailId: number | null;
  taskId: string | null;
  taskName: string;
  errorCode: string | null;
  errorMessage: string;
  stackTrace: string | null;
  rawOutput?: string | null;
  retryCount: number;
}

@Injectable()
export class FailedTaskRepository {
  constructor(
    @InjectRepository(FailedTaskEntity) private readonly repo: Repository<FailedTaskEntity>,
  ) {}

  async record(input: NewFailedTask): Promise<FailedTaskEntity> {
    return this.repo.save(
      this.repo.create({
        ...input,
        errorMessage: input.errorMessage.slice(0, 10_000),
        stackTrace: input.stackTrace?.slice(0, 20_000) ?? null,
        rawOutput: input.rawOutput?.slice(0, 20_000) ?? null,
      }),
    );
  }

  findById(id: number): Promise<FailedTaskEntity | null> {
    return this.repo.findOneBy({ id });
  }

  /**
   * Unresolved dead letters due for an automatic retry (bounded by dlq_retries). `onceCode`
   * (optional) is a code whose letters a task gets one automatic retry for: no letter of a task
   * is due once one of its `onceCode` letters was retried, or once it has two of them.
   */
  listRetryable(
    maxDlqRetries: number,
    limit: number,
    onceCode?: string,
  ): Promise<FailedTaskEntity[]> {
    const query = this.repo
      .createQueryBuilder('f')
      .where('f.resolved_at IS NULL AND f.dlq_retries < :max AND f.task_id IS NOT NULL', {
        max: maxDlqRetries,
      });
    if (onceCode)
      query.andWhere(
        `NOT EXISTS (
           SELECT 1 FROM failed_tasks o
            WHERE o.task_id = f.task_id AND o.error_code = :onceCode
            GROUP BY o.task_id
           HAVING count(*) > 1 OR max(o.dlq_retries) > 0)`,
        { onceCode },
      );
    return query.orderBy('f.created_at', 'ASC').limit(limit).getMany();
  }

  async markRetried(id: number): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .update(FailedTaskEntity)
      .set({ dlqRetries: () => 'dlq_retries + 1', lastRetryAt: () => 'now()' })
      .where('id = :id', { id })
      .execute();
  }

  async resolve(id: number): Promise<boolean> {
    const r = await this.repo.update({ id, resolvedAt: IsNull() }, { resolvedAt: new Date() });
    return (r.affected ?? 0) > 0;
  }

  countUnresolved(): Promise<number> {
    return this.repo.countBy({ resolvedAt: IsNull() });
  }
}
