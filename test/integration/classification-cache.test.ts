import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { type Executor, KYSELY } from '../../src/modules/persistence/database/database.js';
import { ClassificationCacheRepository } from '../../src/modules/persistence/repositories/classification-cache.repository.js';
import { classificationCacheKey } from '../../src/modules/pipeline/classification-cache-key.js';
import { startApp, TestApp } from '../support/app-harness.js';

/**
 * The shared classification cache against the real schema: a verdict is found by its content
 * hash until it expires, near-identical content never finds it, concurrent writers keep one
 * row, and the purge removes only expired rows.
 */
describe('classification cache (real PostgreSQL)', () => {
  let t: TestApp;
  let cache: ClassificationCacheRepository;
  let db: Executor;
  const verdict = { category: 'informational', confidence: 0.93, modelUsed: 'gpt-4o-mini' };

  beforeAll(async () => {
    t = await startApp({
      APP_ROLE: 'api',
      PUBSUB_AUDIENCE: 'https://cache.test/api/webhook/gmail',
      PUBSUB_SERVICE_ACCOUNT_EMAIL: 'push@cache.test',
    });
    cache = t.app.get(ClassificationCacheRepository);
    db = t.app.get(KYSELY);
  });
  afterAll(async () => t?.close());

  const newsletter = (body: string) => ({
    from: 'Acme <news@acme.example>',
    subject: 'All-hands on Thursday',
    body,
  });

  it('finds a stored verdict by content hash and counts each hit; near-identical content misses', async () => {
    const body = `Dear team, the all-hands moves to Thursday 10:00. ${randomBytes(4).toString('hex')}`;
    const key = classificationCacheKey(newsletter(body), 'openai:gpt-4o-mini#p');
    const near = classificationCacheKey(newsletter(`${body}.`), 'openai:gpt-4o-mini#p');
    await cache.store(key, verdict, 3600);

    expect(await cache.take(key)).toEqual(verdict);
    expect(await cache.take(key)).toEqual(verdict);
    expect(await cache.take(near)).toBeNull();
    const row = await db
      .selectFrom('classificationCache')
      .select(['hits', 'contentHash'])
      .where('contentHash', '=', key)
      .executeTakeFirstOrThrow();
    expect(row.hits).toBe(2);
    expect(row.contentHash.equals(key)).toBe(true);
  });

  it('stores no text of the email: a hash and the verdict only', async () => {
    const columns = await sql<{ columnName: string }>`
      SELECT column_name FROM information_schema.columns WHERE table_name = 'classification_cache' AND table_schema = current_schema()
      ORDER BY column_name`.execute(db);
    expect(columns.rows.map((c) => c.columnName)).toEqual([
      'category',
      'confidence',
      'content_hash',
      'created_at',
      'expires_at',
      'hits',
      'model_used',
    ]);
  });

  it('misses once the verdict expired, and a new verdict then replaces the expired row', async () => {
    const key = randomBytes(32);
    await cache.store(key, verdict, -60);
    expect(await cache.take(key)).toBeNull();

    await cache.store(key, { ...verdict, category: 'spam' }, 3600);
    expect(await cache.take(key)).toMatchObject({ category: 'spam' });
  });

  it('keeps the first live verdict when several workers store the same content at once', async () => {
    const key = randomBytes(32);
    const categories = ['informational', 'spam', 'needs_reply', 'informational', 'spam'];
    await Promise.all(
      categories.map((category) => cache.store(key, { ...verdict, category }, 3600)),
    );
    const rows = await db
      .selectFrom('classificationCache')
      .select('category')
      .where('contentHash', '=', key)
      .execute();
    expect(rows).toHaveLength(1);
    expect(await cache.take(key)).toEqual({ ...verdict, category: rows[0].category });
  });

  it('purges expired rows only', async () => {
    const live = randomBytes(32);
    const expired = [randomBytes(32), randomBytes(32), randomBytes(32)];
    await cache.store(live, verdict, 3600);
    for (const key of expired) await cache.store(key, verdict, -1);

    let purged = 0;
    for (let n = await cache.purgeExpired(2); n > 0; n = await cache.purgeExpired(2)) purged += n;

    expect(purged).toBeGreaterThanOrEqual(3);
    const left = await db
      .selectFrom('classificationCache')
      .select('contentHash')
      .where('contentHash', 'in', [live, ...expired])
      .execute();
    expect(left.map((r) => r.contentHash.toString('hex'))).toEqual([live.toString('hex')]);
  });
});
