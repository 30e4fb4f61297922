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
 * `build` receives a placeholder for each named parameter and must not depend on their values:
 * the same statement text serves every call. Where the shape varies (an optional clause, a list
 * of varying length), keep one CompiledStatement per shape or build the statement per call.
 * Values that are not parameters (constants such as a status list) are compiled in as they are.
 * Compiling refuses a placeholder that was read but not bound (it steered the shape), changed
 * (computed with: compute values before the call) or inlined into the text (`sql.lit`).
 */
export class CompiledStatement<P extends Record<string, unknown>, R> {
  private compiled?: { query: CompiledQuery<R>; slots: Slot[] };

  constructor(private readonly build: (db: Executor, params: P) => Compilable<R>) {}

  async execute(db: Executor, params: P): Promise<QueryResult<R>> {
    const { query, slots } = (this.compiled ??= this.compile(db));
    const parameters = slots.map((slot) => ('param' in slot ? params[slot.param] : slot.constant));
    // A fresh query id per execution: plugins keep per-query state under it.
    return db.executeQuery<R>({ ...query, queryId: createQueryId(), parameters });
  }

  async rows(db: Executor, params: P): Promise<R[]> {
    return (await this.execute(db, params)).rows;
  }

  async first(db: Executor, params: P): Promise<R | undefined> {
    return (await this.execute(db, params)).rows[0];
  }

  /** The statement's text (tests, and callers comparing it with a per-call build). */
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
      if (typeof value !== 'string' || !value.includes(MARK)) return { constant: value };
      const param = value.slice(MARK.length);
      // Only a placeholder passed through as it is: `p.a + p.b` or `p.x.trim()` would bind a
      // value that no call gives.
      if (!value.startsWith(MARK) || !read.has(param))
        throw new Error('a parameter was changed while the statement was built');
      bound.add(param);
      return { param };
    });
    if (query.sql.includes(MARK)) throw new Error('a parameter was inlined into the statement');
    // A placeholder read but never bound steered the build (`$if(p.x !== undefined)`): the
    // shape would then be the first call's for every call.
    const unbound = [...read].filter((name) => !bound.has(name));
    if (unbound.length) throw new Error(`parameters read but not bound: ${unbound.join(', ')}`);
    return { query, slots };
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
