import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { type Executor, KYSELY, now } from '../database/database.js';

export interface UserRow {
  id: string;
  email: string;
  displayName: string | null;
}

export interface UserWithHash extends UserRow {
  passwordHash: string;
}

/** Console owner accounts and their sessions (users, user_sessions). */
@Injectable()
export class UserRepository {
  constructor(@Inject(KYSELY) private readonly db: Executor) {}

  /** Inserts a user; undefined when the address is taken (unique constraint). */
  async create(email: string, displayName: string | null, passwordHash: string) {
    return this.db
      .insertInto('users')
      .values({ email, displayName, passwordHash })
      .onConflict((oc) => oc.column('email').doNothing())
      .returning(['id', 'email', 'displayName'])
      .executeTakeFirst();
  }

  findByEmail(email: string): Promise<UserWithHash | undefined> {
    return this.db
      .selectFrom('users')
      .select(['id', 'email', 'displayName', 'passwordHash'])
      .where('email', '=', email)
      .executeTakeFirst();
  }

  findById(id: string): Promise<UserRow | undefined> {
    return this.db
      .selectFrom('users')
      .select(['id', 'email', 'displayName'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** Opens a session for `maxSeconds` at most, and drops this user's expired ones. */
  async openSession(tokenHash: string, userId: string, maxSeconds: number): Promise<void> {
    await this.db
      .deleteFrom('userSessions')
      .where('userId', '=', userId)
      .where('expiresAt', '<=', now())
      .execute();
    await this.db
      .insertInto('userSessions')
      .values({
        tokenHash,
        userId,
        expiresAt: sql<Date>`now() + make_interval(secs => ${maxSeconds})`,
      })
      .execute();
  }

  /**
   * The user of a live session, marking it used now: one statement, so a session idle for longer
   * than `idleSeconds` or past its absolute expiry is never revived by a concurrent request.
   */
  async touchSession(tokenHash: string, idleSeconds: number): Promise<UserRow | undefined> {
    return this.db
      .updateTable('userSessions as s')
      .from('users as u')
      .set({ lastSeenAt: now() })
      .whereRef('u.id', '=', 's.userId')
      .where('s.tokenHash', '=', tokenHash)
      .where('s.expiresAt', '>', now())
      .where('s.lastSeenAt', '>', sql<Date>`now() - make_interval(secs => ${idleSeconds})`)
      .returning(['u.id', 'u.email', 'u.displayName'])
      .executeTakeFirst();
  }

  async closeSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('userSessions').where('tokenHash', '=', tokenHash).execute();
  }

  /** Stores a one-time sign-in link for `ttlSeconds`, dropping expired ones. */
  async saveLoginLink(tokenHash: string, userId: string, ttlSeconds: number): Promise<Date> {
    await this.db.deleteFrom('userLoginLinks').where('expiresAt', '<=', now()).execute();
    const row = await this.db
      .insertInto('userLoginLinks')
      .values({
        tokenHash,
        userId,
        expiresAt: sql<Date>`now() + make_interval(secs => ${ttlSeconds})`,
      })
      .returning('expiresAt')
      .executeTakeFirstOrThrow();
    return row.expiresAt;
  }

  /** Takes a live link once: its user, or undefined (unknown, used or expired). */
  async takeLoginLink(tokenHash: string): Promise<string | undefined> {
    const row = await this.db
      .deleteFrom('userLoginLinks')
      .where('tokenHash', '=', tokenHash)
      .where('expiresAt', '>', now())
      .returning('userId')
      .executeTakeFirst();
    return row?.userId;
  }

  /** Gives an operator-managed mailbox (or one of `userId`'s own) to `userId`; false otherwise. */
  async claimMailbox(mailboxId: string, userId: string): Promise<boolean> {
    const row = await this.db
      .updateTable('mailboxes')
      .set({ userId })
      .where('id', '=', mailboxId)
      .where((eb) => eb.or([eb('userId', 'is', null), eb('userId', '=', userId)]))
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Sets (or with null clears) a mailbox's owner; false when there is no such mailbox. */
  async assignMailbox(mailboxId: string, userId: string | null): Promise<boolean> {
    const row = await this.db
      .updateTable('mailboxes')
      .set({ userId })
      .where('id', '=', mailboxId)
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Does `userId` own this mailbox? */
  async ownsMailbox(userId: string, mailboxId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('mailboxes')
      .select('id')
      .where('id', '=', mailboxId)
      .where('userId', '=', userId)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Does `userId` own the mailbox of this email (by internal id or Gmail message id)? */
  async ownsEmail(userId: string, ref: { id?: number; messageId?: string }): Promise<boolean> {
    let query = this.db
      .selectFrom('emails as e')
      .innerJoin('mailboxes as m', 'm.id', 'e.mailboxId')
      .select('e.id')
      .where('m.userId', '=', userId);
    if (ref.id !== undefined) query = query.where('e.id', '=', ref.id);
    else if (ref.messageId !== undefined) query = query.where('e.messageId', '=', ref.messageId);
    else return false;
    return (await query.executeTakeFirst()) !== undefined;
  }
}
