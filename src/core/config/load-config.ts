import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import type { DatabaseConfig } from '../database/database.config.js';
import { ConfigError } from './config-error.js';
import type {
  ConfigSliceClass,
  ConfigSlices,
  CrossCheckedSlice,
  LoadedSlices,
} from './config-slice.js';

export { ConfigError };

function describe(error: ValidationError): string {
  const reasons = Object.values(error.constraints ?? {});
  // Never echo the value: it may be a secret.
  return `${error.property}: ${reasons[0] ?? 'invalid value'}`;
}

/** The slice's variables read from `env` over its defaults, not yet validated. */
function readSlice<T extends object>(Slice: ConfigSliceClass<T>, env: NodeJS.ProcessEnv): T {
  const defaults = new Slice();
  const raw: Record<string, unknown> = Object.fromEntries(Object.entries(defaults));
  for (const key of Object.keys(defaults)) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  return plainToInstance(Slice, raw, { exposeDefaultValues: true });
}

function isCrossChecked(slice: object): slice is CrossCheckedSlice {
  return typeof (slice as Partial<CrossCheckedSlice>).crossCheck === 'function';
}

/**
 * Reads the environment into each typed, validated slice. Empty strings count as unset, so a
 * blank line in an env file falls back to the default instead of failing validation.
 * Throws one ConfigError listing every bad variable of every slice; the rules that span
 * variables (CrossCheckedSlice) run once all slices are well-formed.
 */
export function loadConfigSlices<S extends ConfigSlices>(
  slices: S,
  env: NodeJS.ProcessEnv = process.env,
): LoadedSlices<S> {
  const loaded: Record<string, object> = {};
  const problems: string[] = [];
  for (const [name, Slice] of Object.entries(slices)) {
    const slice = readSlice(Slice, env);
    problems.push(...validateSync(slice, { skipMissingProperties: false }).map(describe));
    loaded[name] = slice;
  }
  if (problems.length) throw new ConfigError(problems);
  const crossProblems = Object.values(loaded).flatMap((s) =>
    isCrossChecked(s) ? s.crossCheck() : [],
  );
  if (crossProblems.length) throw new ConfigError(crossProblems);
  return loaded as LoadedSlices<S>;
}

/** One slice alone (tests, tools): the same reading and validation as at boot. */
export function loadConfigSlice<T extends object>(
  Slice: ConfigSliceClass<T>,
  env: NodeJS.ProcessEnv = process.env,
): T {
  return loadConfigSlices({ slice: Slice }, env).slice;
}

const DATABASE_URL_REQUIRED =
  'DATABASE_URL: required (from a checkout, npm run dev and the npm scripts start an embedded PostgreSQL when it is unset)';

/**
 * What production must decide and the app does not default: the database and the role (APP_ROLE
 * or main.js' argument; `all` only when asked for). main.ts checks both before anything starts;
 * `npm run dev` and the CLI scripts from a checkout come through dev/with-database.ts, which
 * fills them in.
 */
export function requireBootSettings(
  database: Pick<DatabaseConfig, 'DATABASE_URL'>,
  explicitRole: string | undefined,
): void {
  const problems: string[] = [];
  if (!database.DATABASE_URL) problems.push(DATABASE_URL_REQUIRED);
  if (!explicitRole)
    problems.push('APP_ROLE: required (api, worker or all; or the role as main.js argument)');
  if (problems.length) throw new ConfigError(problems);
}

/** The CLIs that talk to PostgreSQL: the same rule for DATABASE_URL as main.ts. */
export function assertDatabaseUrl(database: Pick<DatabaseConfig, 'DATABASE_URL'>): void {
  if (!database.DATABASE_URL) throw new ConfigError([DATABASE_URL_REQUIRED]);
}
