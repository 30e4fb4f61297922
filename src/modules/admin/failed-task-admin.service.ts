import { Injectable, Logger } from '@nestjs/common';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import type { FailedTaskEntity } from '../persistence/entities/failed-task.entity.js';
import { FailedTaskRepository } from '../persistence/repositories/failed-task.repository.js';
import { TaskRepository } from '../persistence/repositories/task.repository.js';
import { DeadLetterService } from '../task-lifecycle/dead-letter.service.js';
import type { AdminPrincipal } from './auth/admin-role.js';
import { decodeCursor, encodeCursor } from './dto/cursor.js';
import {
  FailedTaskDto,
  FailedTaskListQueryDto,
  FailedTaskPageDto,
  RetryResultDto,
} from './dto/failed-task.dto.js';
import { DEFAULT_PAGE_SIZE } from './dto/page-query.dto.js';
import { EmailQueryRepository } from './email-query.repository.js';

@Injectable()
export class FailedTaskAdminService {
  private readonly logger = new Logger(FailedTaskAdminService.name);

  constructor(
    private readonly query: EmailQueryRepository,
    private readonly failed: FailedTaskRepository,
    private readonly tasks: TaskRepository,
    private readonly deadLetters: DeadLetterService,
  ) {}

  async list(q: FailedTaskListQueryDto, principal: AdminPrincipal): Promise<FailedTaskPageDto> {
    const limit = q.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(q.cursor, ['r', 'id']);
    const rows = await this.query.listFailed({ state: q.state ?? 'all', after, limit: limit + 1 });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((f) => FailedTaskDto.from(f, principal)),
      next_cursor:
        rows.length > limit && last
          ? encodeCursor({ r: last.resolvedAt ? 1 : 0, id: last.id })
          : null,
    };
  }

  /** Re-runs the failed stage now (the same path as the hourly automatic retry). */
  async retry(id: number, principal: AdminPrincipal): Promise<RetryResultDto> {
    const entry = await this.get(id);
    if (entry.resolvedAt)
      throw conflict('ALREADY_RESOLVED', 'This dead letter is already resolved', entry);
    if (!entry.taskId)
      throw conflict('NOT_RETRYABLE', 'This dead letter has no task to re-run', entry);
    if (!(await this.deadLetters.retry(entry))) {
      const after = await this.get(id);
      if (after.resolvedAt)
        throw conflict(
          'ALREADY_RESOLVED',
          'The task had already finished; the dead letter is now resolved',
          after,
        );
      throw conflict(
        'NOT_RETRYABLE',
        `Stage "${entry.taskName}" of this task cannot be re-run from its current state`,
        after,
      );
    }
    this.logger.log(
      { failedTaskId: id, taskId: entry.taskId, keyId: principal.keyId },
      'dead letter retried by operator',
    );
    const [updated, task] = await Promise.all([this.get(id), this.tasks.findById(entry.taskId)]);
    if (!task)
      throw new AppError(ErrorCodes.NOT_FOUND, 'The task disappeared during the retry', {
        status: 404,
      });
    return RetryResultDto.from(updated, task, principal);
  }

  /** Marks a dead letter as handled (idempotent: resolving twice keeps the first time). */
  async resolve(id: number, principal: AdminPrincipal): Promise<FailedTaskDto> {
    await this.get(id);
    if (await this.failed.resolve(id)) {
      this.logger.log(
        { failedTaskId: id, keyId: principal.keyId },
        'dead letter resolved by operator',
      );
    }
    return FailedTaskDto.from(await this.get(id), principal);
  }

  private async get(id: number): Promise<FailedTaskEntity> {
    const entry = await this.failed.findById(id);
    if (!entry)
      throw new AppError(ErrorCodes.NOT_FOUND, 'Unknown failed task', {
        status: 404,
        details: { id },
      });
    return entry;
  }
}

function conflict(code: string, message: string, entry: FailedTaskEntity): AppError {
  return new AppError(code, message, {
    status: 409,
    details: {
      id: entry.id,
      task_id: entry.taskId,
      resolved_at: entry.resolvedAt?.toISOString() ?? null,
    },
  });
}
