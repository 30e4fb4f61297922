import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError } from '../core/config/config-error.js';

/** sysexits: EX_USAGE for a wrong command line, EX_CONFIG for a bad setting. */
export const EXIT_USAGE = 2;
export const EXIT_CONFIG = 78;

/** A wrong command line: one line on stderr and exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `parseArgs` in strict mode, with its errors (unknown option, missing value, unexpected
 * argument) turned into a UsageError of one short line.
 */
export function parseCommandLine<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS')) throw error;
    // Node's message goes on with advice about `--`; its first sentence is the point.
    throw new UsageError((error as Error).message.split('. ')[0]!.slice(0, 200));
  }
}

/**
 * The arguments of a command whose one option is `--help`; undefined when the usage was asked
 * for (and printed).
 */
export function argumentsOrHelp(usage: string): string[] | undefined {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), {
    help: { type: 'boolean', short: 'h' },
  });
  if (!values.help) return positionals;
  process.stdout.write(usage);
  return undefined;
}

/** `"wrkr"` for a message, cut short: it is whatever the user typed. */
export function quoted(arg: string): string {
  return JSON.stringify(arg.slice(0, 60));
}

/**
 * Runs a command's main and exits: its number (default 0); 2 with one line for a UsageError;
 * 78 for a ConfigError (one line naming each bad variable, never a value); 1 otherwise, with
 * the first line of the message and no stack.
 */
export function runCommand(name: string, main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`${name}: ${error.message} (--help for usage)\n`);
        process.exit(EXIT_USAGE);
      }
      const config = error instanceof ConfigError;
      const message = config
        ? `config error: ${error.problems.join('; ')}`
        : String((error as Error)?.message ?? error);
      process.stderr.write(`${name} failed: ${message.split('\n')[0]}\n`);
      process.exit(config ? EXIT_CONFIG : 1);
    },
  );
}
