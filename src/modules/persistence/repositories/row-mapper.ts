import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Hand-written SQL for the pipeline's hot path with entities still built from TypeORM's own
 * metadata (column names, types, hydration). The query builder costs more CPU per query than
 * the round trip itself (benchmarks: ~18 % of a worker), and one joined statement replaces
 * four builder queries.
 *
 * Columns declared `select: false` (the encrypted refresh token) are never selected here.
 */
export class RowMapper<T extends ObjectLiteral> {
  private readonly columns: ColumnMetadata[];
  /** Row keys per column, built once: a key built per row is a fresh string to hash on each read. */
  private readonly keys: string[];
  private readonly primaryKey: string | undefined;
  private readonly create: () => T;

  constructor(
    private readonly dataSource: DataSource,
    entity: EntityTarget<T>,
    /** SQL alias of the table in the query; also the prefix of the selected column names. */
    readonly alias: string,
  ) {
    const metadata = dataSource.getMetadata(entity);
    // Virtual columns are join columns without a property of their own; every FK here has one.
    this.columns = metadata.columns.filter((c) => c.isSelect && !c.isVirtual);
    this.keys = this.columns.map((c) => `${alias}__${c.databaseName}`);
    const primary = this.columns.findIndex((c) => c.isPrimary);
    this.primaryKey = primary < 0 ? undefined : this.keys[primary];
    this.create = () => metadata.create() as T;
  }

  /** `"a"."col" AS "a__col", …` for a SELECT list. */
  select(): string {
    return this.columns
      .map((c, i) => `"${this.alias}"."${c.databaseName}" AS "${this.keys[i]}"`)
      .join(', ');
  }

  /** The entity from a row selected with `select()`; null when a LEFT JOIN found nothing. */
  map(row: Record<string, unknown>): T | null {
    if (this.primaryKey !== undefined && row[this.primaryKey] == null) return null;
    const entity = this.create();
    const driver = this.dataSource.driver;
    for (let i = 0; i < this.columns.length; i++) {
      const column = this.columns[i];
      column.setEntityValue(entity, driver.prepareHydratedValue(row[this.keys[i]], column));
    }
    return entity;
  }
}
