import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { type Executor, KYSELY, now } from '../database/database.js';
import { CompiledStatement } from '../database/compiled-statement.js';

/** A verdict shared across mailboxes (no text: the reasoning is not kept). */
export interface CachedClassification {
  category: string;
  confidence: number;
  modelUsed: string;
}

/** A verdict to keep under its content hash for `ttlSeconds` (see cacheStore). */
export type CacheEntry = {
  contentHash: Buffer;
  category: string;
  confidence: number;
  modelUsed: string;
  ttlSeconds: number;
};

/**
 * Keeps a verdict: a live row for the hash is kept (another worker classified the same content
 * first: either verdict is one the model gave for it); an expired one is replaced. A statement
 * of its own (store) or part of the label step's start (LabelRepository.start) or of a task's
 * transition (StageStateRepository.classified).
 */
export function cacheStore(db: Executor, p: CacheEntry) {
  const value = { category: p.category, confidence: p.confidence, modelUsed: p.modelUsed };
  const expiresAt = sql<Date>`now() + make_interval(secs => ${p.ttlSeconds})`;
  return db
    .insertInto('classificationCache')
    .values({ contentHash: p.contentHash, ...value, expiresAt })
    .onConflict((oc) =>
      oc
        .column('contentHash')
        .doUpdateSet({ ...value, hits: 0, createdAt: now(), expiresAt })
        .where('classificationCache.expiresAt', '<=', now()),
    );
}

/**
 * A CacheEntry as parameters of a statement that also writes a classification: prefixed, so
 * the entry's category and model never share a placeholder with the classification's.
 */
export type CacheParams = {
  cacheHash: Buffer;
  cacheCategory: string;
  cacheConfidence: number;
  cacheModel: string;
  cacheTtlSeconds: number;
};

export function cacheParams(entry: CacheEntry): CacheParams {
  return {
    cacheHash: entry.contentHash,
    cacheCategory: entry.category,
    cacheConfidence: entry.confidence,
    cacheModel: entry.modelUsed,
    cacheTtlSeconds: entry.ttlSeconds,
  };
}

/** cacheStore from CacheParams, as a CTE of such a statement. */
export function cacheStoreFrom(db: Executor, p: Partial<CacheParams>) {
  return cacheStore(db, {
    contentHash: p.cacheHash!,
    category: p.cacheCategory!,
    confidence: p.cacheConfidence!,
    modelUsed: p.cacheModel!,
    ttlSeconds: p.cacheTtlSeconds!,
  });
}

/** classification_cache: verdicts by content hash, with an expiry (see the entity). */
@Injectable()
export class ClassificationCacheRepository {
  // Compiled once each (see CompiledStatement): they run for every classified email.
  private readonly taking = new CompiledStatement((db, p: { contentHash: Buffer }) =>
    db
      .updateTable('classificationCache')
      .set((eb) => ({ hits: eb('hits', '+', 1) }))
      .where('contentHash', '=', p.contentHash)
      .where('expiresAt', '>', now())
      .returning(['category', 'confidence', 'modelUsed']),
  );
  private readonly storing = new CompiledStatement(cacheStore);

  constructor(@Inject(KYSELY) private readonly db: Executor) {}

  /** The live verdict for a hash, counting the hit; null when absent or expired. One statement. */
  async take(contentHash: Buffer, db: Executor = this.db): Promise<CachedClassification | null> {
    const row = await this.taking.first(db, { contentHash });
    return row ?? null;
  }

  /** Stores a verdict for `ttlSeconds` (see cacheStore). */
  async store(
    contentHash: Buffer,
    value: CachedClassification,
    ttlSeconds: number,
    db: Executor = this.db,
  ): Promise<void> {
    await this.storing.execute(db, { contentHash, ...value, ttlSeconds });
  }

  /** Deletes up to `limit` expired rows (the purge runs in slices); returns how many. */
  async purgeExpired(limit: number, db: Executor = this.db): Promise<number> {
    const result = await db
      .deleteFrom('classificationCache')
      .where('contentHash', 'in', (eb) =>
        eb
          .selectFrom('classificationCache')
          .select('contentHash')
          .where('expiresAt', '<=', now())
          .limit(limit),
      )
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
