import {
  CamelCasePlugin,
  Kysely,
  PostgresDialect,
  sql,
  type RawBuilder,
  type Selectable,
} from 'kysely';
import type { DataSource } from 'typeorm';
import { sharedPoolOf } from '../../../core/database/shared-pool.js';
import type {
  AiResponses,
  DB,
  Emails,
  FailedTasks,
  Mailboxes,
  ProcessingTasks,
} from './database.generated.js';
import { kyselyPool } from './statement-naming.pool.js';

/**
 * The tables the repositories query through Kysely, as the migrations leave them (camelCase, as
 * CamelCasePlugin maps them). Generated from a migrated database by kysely-codegen with
 * kysely-codegen.json (`npm run db:types`, DATABASE_URL naming that database), stage, status and
 * draft-state columns typed from their TypeScript unions; database-types.test.ts fails when the
 * schema and the file part.
 */
export type Database = DB;

/** The Kysely instance or a transaction of it: every repository method runs on either. */
export type Executor = Kysely<Database>;

/** Nest token of the Kysely instance (see PersistenceModule). */
export const KYSELY = Symbol('kysely');

export type TaskRow = Selectable<ProcessingTasks>;
export type EmailRow = Selectable<Emails>;
/** A mailbox without its encrypted grant: read only where it is needed, never by accident. */
export type MailboxRow = Omit<Selectable<Mailboxes>, 'encryptedRefreshToken'>;
export type ResponseRow = Selectable<AiResponses>;
export type FailedTaskRow = Selectable<FailedTasks>;

/**
 * Kysely over the pg pool TypeORM builds (sharedPoolOf): the same connections and session
 * settings as the entity repositories, and no second pool to size. TypeORM owns the pool, so
 * this instance is never destroyed (that would end it). Statements are prepared per connection
 * unless `prepared` is false (a pooler in transaction mode without prepared-statement support).
 */
export function kyselyOver(dataSource: DataSource, prepared = true): Kysely<Database> {
  return new Kysely<Database>({
    dialect: new PostgresDialect({
      pool: async () => kyselyPool(sharedPoolOf(dataSource), prepared),
    }),
    plugins: [new CamelCasePlugin()],
  });
}

/** `now()`: timestamps come from the database's clock, as the migrations' defaults do. */
export function now(): RawBuilder<Date> {
  return sql<Date>`now()`;
}

/**
 * Every column of a row type, checked by the compiler: a column added to the table and missing
 * here fails the build instead of going unread.
 */
export function everyColumn<R>() {
  return <const C extends readonly (keyof R & string)[]>(
    columns: C & ([Exclude<keyof R, C[number]>] extends [never] ? unknown : never),
  ): C => columns;
}

/** The mailbox columns an ordinary read selects (all but the encrypted grant). */
export const MAILBOX_COLUMNS = everyColumn<MailboxRow>()([
  'id',
  'emailAddress',
  'displayName',
  'status',
  'statusReason',
  'lastHistoryId',
  'watchExpiresAt',
  'watchRenewedAt',
  'lastSyncedAt',
  'syncDueAt',
  'watchDueAt',
  'feedbackDueAt',
  'createdAt',
  'updatedAt',
  'userId',
]);
