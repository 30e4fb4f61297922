import { isDeepStrictEqual } from 'node:util';
import { type Compilable, type CompiledQuery, createQueryId, type QueryResult } from 'kysely';
import type { Executor } from './database.js';

/** Marks a parameter's slot while the statement is compiled; no stored value looks like it. */
const MARK = '\u0000kysely-param:';

type Slot = { param: string } | { constant: unknown };

/**
 * A statement the pipeline sends for every email, built and compiled by Kysely once per process
 * and then executed with each call's values (Kysely's public compile() and executeQuery()).
 * Building a statement walks and freezes its whole operation tree and CamelCasePlugin rewrites
 * every identifier in it, for each call; for the claim's sixty columns that is a large share of
 * the worker's CPU per email when the LLM account, not the mail, sets the pace.
 *
 * `build` receives a placeholder for each named parameter and must pass them through as they
 * are: the same statement text and the same slots serve every call. So compute values before
 * the call (cuts, sums, defaults); where the shape varies (an optional clause, a list of varying
 * length, `is null` instead of `=`), keep one CompiledStatement per shape (StatementShapes) or
 * build the statement per call. Anything else `build` puts in the statement (a status list,
 * `new Date()`) is compiled in once. Compiling refuses a placeholder that was read but not
 * bound, visibly changed, or inlined into the text (`sql.lit`); executing refuses an undefined
 * value (a per-call build would leave the column out; here it would be written as NULL). A
 * change that keeps the placeholder as it is (`p.x ?? d`, a branch on `p.x` that binds it) is
 * caught only by `verify`, which the test setup turns on: each execution is then also built per
 * call with its values and must match.
 *
 * The compiled text is the first executor's: executors with other plugins or another schema
 * (`withPlugin`, `withSchema`) must not share a CompiledStatement.
 */
export class CompiledStatement<P extends Record<string, unknown>, R> {
  private compiled?: { query: CompiledQuery<R>; slots: Slot[] };

  constructor(private readonly build: (db: Executor, params: P) => Compilable<R>) {}

  /** Set by the test setup: every execution is compared with a per-call build (see above). */
  static verify = false;

  async execute(db: Executor, params: P): Promise<QueryResult<R>> {
    const { query, slots } = (this.compiled ??= this.compile(db));
    const parameters = slots.map((slot) => {
      if (!('param' in slot)) return slot.constant;
      const value = params[slot.param];
      if (value === undefined) throw new Error(`parameter ${slot.param} is undefined`);
      return value;
    });
    if (CompiledStatement.verify) this.verifyAgainstBuild(db, params, query.sql, parameters);
    // Each execution is its own query for the driver and the plugins' result transforms.
    return db.executeQuery<R>({ ...query, queryId: createQueryId(), parameters });
  }

  async rows(db: Executor, params: P): Promise<R[]> {
    return (await this.execute(db, params)).rows;
  }

  async first(db: Executor, params: P): Promise<R | undefined> {
    return (await this.execute(db, params)).rows[0];
  }

  /** The statement's text. */
  sql(db: Executor): string {
    return (this.compiled ??= this.compile(db)).query.sql;
  }

  private compile(db: Executor): { query: CompiledQuery<R>; slots: Slot[] } {
    const read = new Set<string>();
    const placeholders = new Proxy({} as P, {
      get: (_target, name) => {
        if (typeof name !== 'string') return undefined;
        read.add(name);
        return MARK + name;
      },
    });
    const query = this.build(db, placeholders).compile();
    const bound = new Set<string>();
    const slots = query.parameters.map((value): Slot => {
      if (typeof value !== 'string') {
        if (Array.isArray(value) && value.some((v) => typeof v === 'string' && v.includes(MARK)))
          throw new Error('a parameter was put inside a list value');
        return { constant: value };
      }
      if (!value.includes(MARK)) return { constant: value };
      const param = value.slice(MARK.length);
      // Only a placeholder passed through as it is: `p.a + p.b` would bind a value no call gives.
      if (!value.startsWith(MARK) || !read.has(param))
        throw new Error('a parameter was changed while the statement was built');
      bound.add(param);
      return { param };
    });
    if (query.sql.includes(MARK)) throw new Error('a parameter was inlined into the statement');
    // A placeholder read but never bound steered the build (`$if(p.x !== undefined, ...)` with
    // no `p.x` inside): the shape would then be the first call's for every call.
    const unbound = [...read].filter((name) => !bound.has(name));
    if (unbound.length) throw new Error(`parameters read but not bound: ${unbound.join(', ')}`);
    return { query, slots };
  }

  private verifyAgainstBuild(db: Executor, params: P, sql: string, parameters: unknown[]): void {
    const direct = this.build(db, params).compile();
    if (direct.sql !== sql || !isDeepStrictEqual(direct.parameters, parameters))
      throw new Error(`compiled statement differs from a per-call build:\n${sql}\n${direct.sql}`);
  }
}

/**
 * The CompiledStatements of a statement whose shape depends on what a call has (an optional
 * clause, an extra CTE): one per shape, compiled the first time that shape is used.
 */
export class StatementShapes<S, P extends Record<string, unknown>, R> {
  private readonly byShape = new Map<string, CompiledStatement<P, R>>();

  constructor(private readonly build: (db: Executor, params: P, shape: S) => Compilable<R>) {}

  of(shape: S): CompiledStatement<P, R> {
    const key = JSON.stringify(shape);
    let statement = this.byShape.get(key);
    if (!statement) {
      statement = new CompiledStatement((db, params: P) => this.build(db, params, shape));
      this.byShape.set(key, statement);
    }
    return statement;
  }
}
