import { Logger } from '@nestjs/common';
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';

/** Postgres' answer when a schema change altered the columns a prepared statement returns. */
const RESULT_TYPE_CHANGED = '0A000';

/**
 * Most statements a process names. The pipeline's repositories send a few dozen distinct texts;
 * the cap only guards against a query whose text varies without end (e.g. an IN list), which
 * would otherwise leave a prepared statement per variant in every connection.
 */
const MAX_NAMED = 500;

/**
 * Gives every parameterised statement Kysely sends a name, so each connection parses and plans
 * it once and then only binds and executes it (pg's public `{ name, text, values }` query
 * config). Postgres keeps custom plans for the first executions and moves to a generic plan
 * only when that is no worse: the plan cache's default, which beats forcing generic plans here
 * (see docs/BENCHMARKS.md). Statements without parameters (BEGIN, COMMIT) go unnamed.
 *
 * A migration that changes a table's columns breaks the prepared `SELECT *` of that table in
 * every open connection ("cached plan must not change result type"); pg cannot deallocate it,
 * so the text gets a fresh name and the next execution prepares it again. The failing statement
 * itself fails once, like any transient database error.
 */
export class StatementNames {
  private readonly names = new Map<string, string>();
  private issued = 0;

  constructor(private readonly max = MAX_NAMED) {}

  nameOf(text: string): string | undefined {
    const known = this.names.get(text);
    if (known || this.issued >= this.max) return known;
    const name = `k${++this.issued}`;
    this.names.set(text, name);
    return name;
  }

  /** The statement's prepared form is unusable in some connection: prepare it anew elsewhere. */
  retire(text: string): void {
    this.names.delete(text);
  }
}

const logger = new Logger('Database');

/** One registry per pool: names live in its connections, whichever Kysely instance sent them. */
const registries = new WeakMap<pg.Pool, StatementNames>();

/**
 * pg's pool as Kysely's PostgresPool: statements named as above when `prepared`, and an
 * 'error' listener on every client it hands out. A connection that dies while a client is
 * checked out (a database restart, a network cut) makes the client emit 'error', which pg leaves
 * to whoever holds it: unheard, it ends the process. TypeORM's query runners listen the same
 * way. The statement fails by itself, and the pool drops the dead client when it is released.
 * `end` does nothing: the pool is TypeORM's to end.
 */
export function kyselyPool(pool: pg.Pool, prepared: boolean): PostgresPool {
  let names = registries.get(pool);
  if (prepared && !names) registries.set(pool, (names = new StatementNames()));
  const clients = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const onError = (error: Error) =>
    logger.warn({ err: error }, 'a database connection failed while in use');
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      let wrapped = clients.get(client);
      if (!wrapped) {
        client.on('error', onError);
        wrapped = prepared && names ? namingClient(client, names) : client;
        clients.set(client, wrapped);
      }
      return wrapped;
    },
    end: async () => undefined,
    options: pool.options,
  };
}

function namingClient(client: pg.PoolClient, names: StatementNames): PostgresPoolClient {
  const unnamed: PostgresPoolClient = client;
  function query<R>(sql: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<R>>;
  function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  function query<R>(
    sqlOrCursor: string | PostgresCursor<R>,
    parameters: readonly unknown[] = [],
  ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    if (typeof sqlOrCursor !== 'string') return unnamed.query(sqlOrCursor);
    const name = parameters.length > 0 ? names.nameOf(sqlOrCursor) : undefined;
    if (!name) return unnamed.query<R>(sqlOrCursor, parameters);
    return client
      .query<R & pg.QueryResultRow>({ name, text: sqlOrCursor, values: [...parameters] })
      .then(
        (result) => ({
          command: result.command as PostgresQueryResult<R>['command'],
          rowCount: result.rowCount ?? 0,
          rows: result.rows,
        }),
        (error: unknown) => {
          if ((error as { code?: unknown }).code === RESULT_TYPE_CHANGED) names.retire(sqlOrCursor);
          throw error;
        },
      );
  }
  return {
    query,
    release: (destroy?: boolean) => client.release(destroy),
  };
}
