import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { ConfigError } from './config-error.js';

/** Far above any real settings file; a bigger one is a mistake (a log, a dump), not settings. */
const MAX_BYTES = 256 * 1024;

const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_]\w*)\s*=(.*)$/;
const QUOTES = new Set(['"', "'", '`']);

export interface EnvFileLoad {
  /** The file read, as named (ENV_FILE or `.env`). */
  path: string;
  /** Variables taken from the file. */
  applied: string[];
  /** Variables in the file that the environment already had (the environment wins). */
  overridden: string[];
}

/**
 * Checks that `text` is made of `KEY=value` lines (with `export`, comments, blank lines and
 * quoted values over several lines), then parses it with Node's own parser (`util.parseEnv`,
 * the one behind `node --env-file` and `process.loadEnvFile`). Node's parser skips or merges
 * lines it cannot read, differently between Node 20 and 22, so a typo would silently drop a
 * setting; here it is an error naming the line number. Values are never put in the message.
 */
export function parseEnvFile(text: string, name: string): Record<string, string> {
  const lines = text.split('\n');
  const keys = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const trimmed = line.trimStart();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const match = ASSIGNMENT.exec(line);
    if (!match) throw new ConfigError([`${name}: line ${i + 1}: expected KEY=value`]);
    keys.add(match[1]!);
    const value = match[2]!.trimStart();
    const quote = value[0];
    if (quote === undefined || !QUOTES.has(quote) || value.includes(quote, 1)) continue;
    // An opening quote without its closing one on this line: the value goes on to the line
    // that closes it.
    const start = i;
    while (++i < lines.length && !lines[i]!.includes(quote));
    if (i >= lines.length)
      throw new ConfigError([
        `${name}: line ${start + 1}: ${match[1]}: quoted value is never closed`,
      ]);
  }
  const parsed: Record<string, string> = {};
  for (const [key, value] of Object.entries(parseEnv(text)))
    if (value !== undefined) parsed[key] = value;
  const read = Object.keys(parsed);
  if (read.length !== keys.size || read.some((key) => !keys.has(key)))
    throw new ConfigError([`${name}: not readable as KEY=value lines`]);
  return parsed;
}

/**
 * Entry points only (main.ts, the CLIs): reads `ENV_FILE` (default `.env` in the working
 * directory) into `env` without replacing anything `env` already has, even an empty value:
 * the same precedence as `process.loadEnvFile`. A missing `.env` is fine; a missing ENV_FILE,
 * an unreadable or malformed file is a ConfigError. Tests pass explicit env objects to the
 * config loaders and never come here.
 */
export function loadEnvFile(
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): EnvFileLoad | null {
  const named = env.ENV_FILE;
  const path = named || '.env';
  let text: string;
  try {
    const bytes = readFileSync(resolve(cwd, path));
    if (bytes.length > MAX_BYTES)
      throw new ConfigError([`${path}: larger than ${MAX_BYTES / 1024} KiB`]);
    text = bytes.toString('utf8');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    if (code === 'ENOENT' && !named) return null;
    throw new ConfigError([`ENV_FILE: cannot read ${path} (${code})`]);
  }
  const values = parseEnvFile(text, path);
  const applied: string[] = [];
  const overridden: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (key in env) {
      overridden.push(key);
    } else {
      env[key] = value;
      applied.push(key);
    }
  }
  return { path, applied, overridden };
}
