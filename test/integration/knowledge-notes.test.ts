import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataSourceOptions } from '../../src/core/database/data-source.options.js';
import { runMigrations } from '../../src/core/database/migrate.js';
import {
  MIN_NOTE_RANK,
  NOTES_PER_REPLY,
} from '../../src/modules/knowledge-notes/knowledge-notes.js';
import { noteSearchQuery } from '../../src/modules/knowledge-notes/note-query.js';
import { kyselyOver } from '../../src/modules/persistence/database/database.js';
import { ENTITIES } from '../../src/modules/persistence/entities/index.js';
import { KnowledgeNoteRepository } from '../../src/modules/persistence/repositories/knowledge-note.repository.js';
import { RetentionRepository } from '../../src/modules/retention/retention.repository.js';
import { loadFlatConfig } from '../support/config.js';
import { testEnv } from '../support/env.js';

/**
 * Knowledge notes' full-text search against the real schema: an email sharing a few words with
 * a note finds it, best first; one shared body word, common words or another mailbox's notes
 * find nothing; the count cap holds under concurrent creates; the purge deletes them.
 */
describe('knowledge notes (real PostgreSQL)', () => {
  const config = loadFlatConfig(testEnv());
  let ds: DataSource;
  let notes: KnowledgeNoteRepository;
  let mailbox: string;
  let other: string;

  const addMailbox = async () =>
    (
      await ds.query<{ id: string }[]>(
        `INSERT INTO mailboxes (email_address) VALUES ($1) RETURNING id`,
        [`${randomUUID()}@notes.example`],
      )
    )[0].id;

  const find = (mailboxId: string, subject: string, body: string) => {
    const query = noteSearchQuery(subject, body);
    return query ? notes.search(mailboxId, query, NOTES_PER_REPLY, MIN_NOTE_RANK) : [];
  };

  beforeAll(async () => {
    await runMigrations(config);
    ds = await new DataSource(dataSourceOptions(config, ENTITIES)).initialize();
    notes = new KnowledgeNoteRepository(kyselyOver(ds));
    mailbox = await addMailbox();
    other = await addMailbox();
    const add = (mailboxId: string, title: string, body: string, links: string[] = []) =>
      notes.create(mailboxId, { title, body, links }, 200);
    await add(
      mailbox,
      'Prices 2026',
      'A one-hour consultation costs 120 EUR, a half day 400 EUR.',
      ['https://cal.example/alex'],
    );
    await add(
      mailbox,
      'Availability',
      'I am away from 20 to 30 December, back in the first week of January.',
    );
    await add(
      mailbox,
      'Office',
      'The studio is at Main Street 5, second floor, next to the bakery.',
    );
    await add(other, 'Prices', 'Other mailbox: consultation 999 EUR.');
  });
  afterAll(async () => ds?.destroy());

  it('finds the note an email shares a few words with, best first', async () => {
    const found = await find(
      mailbox,
      'Question',
      'Hi Alex, what do you charge for a consultation? What are your prices?',
    );
    expect(found.map((n) => n.title)).toEqual(['Prices 2026']);
    expect(found[0].rank).toBeGreaterThanOrEqual(MIN_NOTE_RANK);
    expect(found[0].links).toEqual(['https://cal.example/alex']);
    const both = await find(
      mailbox,
      'Availability and prices',
      'Are you available in December? And the price?',
    );
    expect(both.map((n) => n.title).sort()).toEqual(['Availability', 'Prices 2026']);
  });

  it("finds nothing on one shared body word, common words alone, or another mailbox's notes", async () => {
    expect(await find(mailbox, 'Lunch', 'Shall we have lunch next to the park?')).toEqual([]);
    expect(
      await find(mailbox, 'Hello', 'Hello, how are you? What do you think about this?'),
    ).toEqual([]);
    const found = await find(other, 'Prices', 'What does a consultation cost? Your prices please.');
    expect(found.map((n) => n.body)).toEqual(['Other mailbox: consultation 999 EUR.']);
  });

  it('searches through the GIN index', async () => {
    const plan = await ds.transaction(async (m) => {
      await m.query('SET LOCAL enable_seqscan = off');
      const rows = await m.query<{ 'QUERY PLAN': string }[]>(
        `EXPLAIN SELECT id FROM knowledge_notes WHERE (setweight(to_tsvector('simple'::regconfig, title), 'A') || setweight(to_tsvector('simple'::regconfig, body), 'B')) @@ to_tsquery('simple'::regconfig, 'pric:*')`,
      );
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('idx_knowledge_notes_search');
  });

  it('keeps at most the cap per mailbox, even for concurrent creates', async () => {
    const capped = await addMailbox();
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        notes.create(capped, { title: `n${i}`, body: 'b', links: [] }, 3),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(3);
    expect(await notes.list(capped)).toHaveLength(3);
  });

  it("is deleted with the mailbox's purge", async () => {
    const purged = await addMailbox();
    await notes.create(purged, { title: 'x', body: 'y', links: [] }, 200);
    const result = await new RetentionRepository(kyselyOver(ds)).purgeMailbox(purged);
    expect(result.notes).toBe(1);
    expect(await notes.list(purged)).toEqual([]);
  });
});
