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
   * Unresolved dead letters due for an automatic retry (bounded by dlq_retries), except those
   * whose error code is in `exceptCodes`.
   */
  listRetryable(
    maxDlqRetries: number,
    limit: number,
    exceptCodes: string[] = [],
  ): Promise<FailedTaskEntity[]> {
    const query = this.repo
      .createQueryBuilder('f')
      .where('f.resolved_at IS NULL AND f.dlq_retries < :max AND f.task_id IS NOT NULL', {
        max: maxDlqRetries,
      });
    if (exceptCodes.length)
      query.andWhere('(f.error_code IS NULL OR f.error_code NOT IN (:...exceptCodes))', {
        exceptCodes,
      });
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
