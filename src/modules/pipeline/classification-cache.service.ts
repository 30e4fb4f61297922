import { Injectable } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter } from 'prom-client';
import { Metric } from '../../core/metrics/metric-names.js';
import type { Classification, EmailForLlm, OwnerContext } from '../llm/llm-provider.port.js';
import { ownerPreferencesBlock } from '../llm/mailbox-prompt.js';
import { LlmService } from '../llm/llm.service.js';
import {
  type CacheEntry,
  type CachedClassification,
  ClassificationCacheRepository,
} from '../persistence/repositories/classification-cache.repository.js';
import { classificationCacheKey } from './classification-cache-key.js';
import { PipelineConfig } from './pipeline.config.js';

/** What a hit records as the model: the cache, then the model whose verdict it is. */
export const CACHE_MODEL_PREFIX = 'cache:';

/** The reasoning stored with a hit (the model's own is not cached: it may quote the email). */
export const CACHED_REASONING = 'Same content already classified (shared classification cache)';

/** Rows the purge deletes per statement, so a large expiry never holds one long lock. */
const PURGE_SLICE = 5_000;

/**
 * The shared classification cache in front of LlmService.classify: identical content delivered
 * to several mailboxes (classification-cache-key.ts) costs one LLM call. Postgres holds it, so
 * every worker shares it; rows live CLASSIFICATION_CACHE_TTL_HOURS. Only classification is
 * cached, never reply text (a reply is written for one recipient). Off with a TTL of 0.
 */
@Injectable()
export class ClassificationCacheService {
  constructor(
    private readonly config: PipelineConfig,
    private readonly llm: LlmService,
    private readonly repository: ClassificationCacheRepository,
    @InjectMetric(Metric.ClassificationCache) private readonly lookups: Counter<string>,
  ) {
    for (const result of ['hit', 'miss']) this.lookups.inc({ result }, 0);
  }

  get enabled(): boolean {
    return this.config.CLASSIFICATION_CACHE_TTL_HOURS > 0;
  }

  /**
   * The key for this email under the mailbox's triage preferences (the classify prompt's
   * mailbox text: a verdict under one owner's rules never answers for another's), or null when
   * the cache is off.
   */
  keyFor(email: EmailForLlm, owner?: OwnerContext): Buffer | null {
    if (!this.enabled) return null;
    return classificationCacheKey(
      email,
      this.llm.classifierId,
      ownerPreferencesBlock(owner, 'classify'),
    );
  }

  /** A live verdict for the key (a hit), or null (a miss); both counted. */
  async lookup(key: Buffer): Promise<CachedClassification | null> {
    const hit = await this.repository.take(key);
    this.lookups.inc({ result: hit ? 'hit' : 'miss' });
    return hit;
  }

  /**
   * An LLM verdict as the row that keeps it for the next mailbox with the same content (null:
   * not worth a row). The classify stage writes it with the classification itself, in the
   * statement that records the task's verdict.
   */
  entryFor(key: Buffer, result: Classification): CacheEntry | null {
    if (result.model === 'offline') return null; // free to recompute; not worth a row
    return {
      contentHash: key,
      category: result.category,
      confidence: result.confidence,
      modelUsed: result.model,
      ttlSeconds: this.config.CLASSIFICATION_CACHE_TTL_HOURS * 3600,
    };
  }

  /** Deletes expired rows (scheduler); returns how many. */
  async purgeExpired(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.repository.purgeExpired(PURGE_SLICE);
      total += n;
      if (n < PURGE_SLICE) return total;
    }
  }
}
