import { Injectable, Logger } from '@nestjs/common';
import { RetentionConfig } from './retention.config.js';
import { type Pruned, RetentionRepository } from './retention.repository.js';

const BATCH = 1_000;
const DAY_MS = 86_400_000;

/** The retention policy (RETENTION_DAYS) and a disconnected mailbox's optional purge. */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    private readonly config: RetentionConfig,
    private readonly repository: RetentionRepository,
  ) {}

  get enabled(): boolean {
    return this.config.RETENTION_DAYS > 0;
  }

  /** Prunes everything past the retention period, batch by batch; returns the totals. */
  async prune(now = new Date()): Promise<Pruned> {
    const total: Pruned = { emails: 0, responses: 0, deadLetters: 0, pushes: 0, batchRequests: 0 };
    if (!this.enabled) return total;
    const before = new Date(now.getTime() - this.config.RETENTION_DAYS * DAY_MS);
    for (;;) {
      const batch = await this.repository.pruneBatch(before, BATCH);
      for (const key of Object.keys(total) as (keyof Pruned)[]) total[key] += batch[key];
      if (Object.values(batch).every((n) => n < BATCH)) break;
    }
    if (Object.values(total).some((n) => n > 0))
      this.logger.log({ ...total, before }, 'retention: old content pruned');
    return total;
  }

  purgeMailbox(mailboxId: string): Promise<{ emails: number; pushes: number; notes: number }> {
    return this.repository.purgeMailbox(mailboxId);
  }
}
