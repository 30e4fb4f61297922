import pg from 'pg';
import type { DataSource } from 'typeorm';

const SHARED_POOL = Symbol('shared-pool');

interface PoolSharingPg {
  [SHARED_POOL]: () => pg.Pool | undefined;
}

/**
 * pg as TypeORM's documented `driver` option, remembering the pool TypeORM builds from it, so
 * the hand-written statements run on the same connections and settings as TypeORM's queries
 * without reaching into TypeORM's driver internals. One per DataSource.
 */
export function poolSharingPg(): object {
  let pool: pg.Pool | undefined;
  // TypeORM calls `new driver.Pool(config)`; a constructor may return the object to use.
  function SharedPool(config?: pg.PoolConfig): pg.Pool {
    pool = new pg.Pool(config);
    return pool;
  }
  // Everything else (defaults, types) is pg's own, through the prototype.
  const driver = Object.create(pg) as typeof pg & PoolSharingPg;
  Object.defineProperty(driver, 'Pool', { value: SharedPool });
  driver[SHARED_POOL] = () => pool;
  return driver;
}

/** The pg pool of a DataSource built with poolSharingPg() (see dataSourceOptions), once initialised. */
export function sharedPoolOf(dataSource: DataSource): pg.Pool {
  const driver = (dataSource.options as { driver?: Partial<PoolSharingPg> }).driver;
  const pool = driver?.[SHARED_POOL]?.();
  if (!pool) throw new Error('DataSource has no shared pg pool: build it with dataSourceOptions()');
  return pool;
}
