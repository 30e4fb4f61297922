import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

/**
 * How a column's value arrives inside the JSON object and what pg would have made of it:
 * `text` columns are cast to text in SQL (numeric and bigint: pg returns strings, and a JSON
 * number would lose digits of a 20-digit history id), `date` ones arrive as ISO strings (pg
 * returns Date objects), `float` ones as numbers or, for NaN and ±Infinity, as strings.
 */
type JsonKind = 'as-is' | 'text' | 'date' | 'float';

const KINDS: Record<string, JsonKind> = {
  uuid: 'as-is',
  'character varying': 'as-is',
  character: 'as-is',
  text: 'as-is',
  integer: 'as-is',
  smallint: 'as-is',
  boolean: 'as-is',
  json: 'as-is',
  jsonb: 'as-is',
  numeric: 'text',
  bigint: 'text',
  'double precision': 'float',
  real: 'float',
  'timestamp with time zone': 'date',
};

/** json_build_object takes at most 100 arguments: 50 columns. */
const MAX_COLUMNS = 50;

/**
 * Hand-written SQL for the pipeline's hot path with entities still built from TypeORM's own
 * metadata (column names, types, hydration). The query builder costs more CPU per query than
 * the round trip itself (a large share of a worker's CPU in its profile), and one joined
 * statement replaces four builder queries.
 *
 * Each entity comes back as one JSON object column rather than one column per field: pg
 * describes every column of every row set it receives (Describe on each execution of a
 * prepared statement, then a parser and an object key per column), which for a stage claim's
 * dozens of columns costs the client far more CPU than the JSON form, while the server's cost
 * is the same either way (docs/BENCHMARKS.md).
 *
 * Columns declared `select: false` (the encrypted refresh token) are never selected here.
 */
export class RowMapper<T extends ObjectLiteral> {
  private readonly columns: ColumnMetadata[];
  private readonly kinds: JsonKind[];
  private readonly primary: string | undefined;
  private readonly create: () => T;

  constructor(
    private readonly dataSource: DataSource,
    entity: EntityTarget<T>,
    /** SQL alias of the table in the query; also the name of the selected JSON column. */
    readonly alias: string,
  ) {
    const metadata = dataSource.getMetadata(entity);
    // Virtual columns are join columns without a property of their own; every FK here has one.
    this.columns = metadata.columns.filter((c) => c.isSelect && !c.isVirtual);
    if (this.columns.length > MAX_COLUMNS)
      throw new Error(`RowMapper: ${metadata.tableName} has more than ${MAX_COLUMNS} columns`);
    this.kinds = this.columns.map((c) => {
      const type = dataSource.driver.normalizeType(c);
      const kind = KINDS[type];
      if (!kind)
        throw new Error(
          `RowMapper: no JSON form for ${metadata.tableName}.${c.databaseName} (${type})`,
        );
      return kind;
    });
    this.primary = this.columns.find((c) => c.isPrimary)?.databaseName;
    this.create = () => metadata.create() as T;
  }

  /**
   * `CASE WHEN … IS NULL THEN NULL ELSE json_build_object('col', "a"."col", …) END AS "a"` for
   * a SELECT list: null when a LEFT JOIN found nothing.
   */
  select(): string {
    const pairs = this.columns
      .map((c, i) => {
        const value = `"${this.alias}"."${c.databaseName}"`;
        return `'${c.databaseName}', ${this.kinds[i] === 'text' ? `${value}::text` : value}`;
      })
      .join(', ');
    const object = `json_build_object(${pairs})`;
    if (this.primary === undefined) return `${object} AS "${this.alias}"`;
    return `CASE WHEN "${this.alias}"."${this.primary}" IS NULL THEN NULL ELSE ${object} END AS "${this.alias}"`;
  }

  /** The entity from a row selected with `select()`; null when a LEFT JOIN found nothing. */
  map(row: Record<string, unknown>): T | null {
    const object = row[this.alias] as Record<string, unknown> | null;
    if (object == null) return null;
    const entity = this.create();
    const driver = this.dataSource.driver;
    for (let i = 0; i < this.columns.length; i++) {
      const column = this.columns[i];
      let value = object[column.databaseName];
      if (value != null) {
        const kind = this.kinds[i];
        if (kind === 'date') value = new Date(value as string);
        else if (kind === 'float' && typeof value === 'string') value = Number(value);
      }
      column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
    }
    return entity;
  }
}
