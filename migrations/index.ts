import { InitialSchema1764100000000 } from './1764100000000-initial-schema';

// Every migration, in order. Add new ones here (timestamp-named files).
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
export const MIGRATIONS: Function[] = [InitialSchema1764100000000];
