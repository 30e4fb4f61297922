import { describe, expect, it } from 'vitest';
import { NotificationRepository } from '../../src/modules/persistence/repositories/notification.repository.js';
import { seedMailbox, uniqueAddress } from '../support/seed.js';
import { usePipelineStatements, counted } from './pipeline-statements.harness.js';

/** Stored pushes, mailbox lookups and the end of a sync. */
describe('pipeline statements: pushes and syncs (real PostgreSQL)', () => {
  const s = usePipelineStatements();

  it('stores a batch of pushes once each (redeliveries in and across batches skipped)', async () => {
    const notifications = s.app.get(NotificationRepository);
    const { mailbox } = await s.newTask();
    const id = (k: number) => `ps-${mailbox.id}-${k}`;
    const push = (k: number, publishedAt: Date | null = new Date('2026-11-26T01:02:03.456Z')) => ({
      pubsubMessageId: id(k),
      mailboxId: mailbox.id,
      emailAddress: mailbox.emailAddress,
      historyId: String(1000 + k),
      publishedAt,
    });
    const first = await notifications.insertManyIfNew([push(1), push(2, null), push(1)]);
    expect([...first].sort()).toEqual([id(1), id(2)]);
    const second = await notifications.insertManyIfNew([
      push(2),
      push(3),
      { ...push(4), mailboxId: null },
    ]);
    expect([...second].sort()).toEqual([id(3), id(4)]);
    const rows = (await s.db.query(
      `SELECT pubsub_message_id AS id, mailbox_id, history_id::text AS h, published_at FROM pubsub_notifications WHERE pubsub_message_id LIKE $1 ORDER BY 1`,
      [`ps-${mailbox.id}-%`],
    )) as { id: string; mailbox_id: string | null; h: string; published_at: Date | null }[];
    expect(rows.map((r) => [r.id, r.h])).toEqual([
      [id(1), '1001'],
      [id(2), '1002'],
      [id(3), '1003'],
      [id(4), '1004'],
    ]);
    expect(rows[0].published_at?.toISOString()).toBe('2026-11-26T01:02:03.456Z');
    expect(rows[1].published_at).toBeNull();
    expect(rows[3].mailbox_id).toBeNull();
  });

  it('finds mailboxes by address, case-insensitively, in one query', async () => {
    const a = await seedMailbox(s.app, uniqueAddress('find'));
    const b = await seedMailbox(s.app, uniqueAddress('find'));
    const found = await s.mailboxes.findByEmails([
      a.emailAddress.toUpperCase(),
      ` ${b.emailAddress} `,
      'nobody@example.com',
      a.emailAddress,
    ]);
    expect(found.map((m) => m.id).sort()).toEqual([a.id, b.id].sort());
    expect(found.find((m) => m.id === a.id)).toMatchObject({
      emailAddress: a.emailAddress,
      status: 'active',
      lastHistoryId: '100',
    });
    expect(await s.mailboxes.findByEmails([])).toEqual([]);
  });

  it('ends a sync in one statement: history id only forward, pushes up to it covered', async () => {
    const { mailbox } = await s.newTask();
    const notifications = s.app.get(NotificationRepository);
    const push = (historyId: string) => ({
      pubsubMessageId: `sync-${mailbox.id}-${historyId}`,
      mailboxId: mailbox.id,
      emailAddress: mailbox.emailAddress,
      historyId,
      publishedAt: null,
    });
    await notifications.insertManyIfNew(['110', '150', '160'].map(push));
    const covered = async () =>
      (
        (await s.db.query(
          `SELECT history_id::text AS h FROM pubsub_notifications
            WHERE mailbox_id = $1 AND processed_at IS NOT NULL ORDER BY history_id`,
          [mailbox.id],
        )) as { h: string }[]
      ).map((r) => r.h);

    expect(await counted(() => s.mailboxes.syncedTo(mailbox.id, '150'))).toEqual({
      result: true,
      statements: 1,
    });
    expect(await covered()).toEqual(['110', '150']);
    // A late sync never moves the baseline back, but what it saw is covered all the same.
    await notifications.insertManyIfNew([push('120')]);
    expect(await s.mailboxes.syncedTo(mailbox.id, '120')).toBe(false);
    expect(await covered()).toEqual(['110', '120', '150']);
    expect(await s.mailboxes.lastHistoryId(mailbox.id)).toBe('150');
    const found = await s.mailboxes.findWithToken(mailbox.id);
    expect(found!.mailbox.lastHistoryId).toBe('150');
    expect(found!.encryptedToken).toEqual(expect.any(String));
  });
});
