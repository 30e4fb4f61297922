import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** Runs the real entrypoint (src/main.ts through SWC) as a child process, output captured. */
export function runMain(env: NodeJS.ProcessEnv, args: string[] = []) {
  const child = spawn(
    process.execPath,
    ['--import', '@swc-node/register/esm-register', 'src/main.ts', ...args],
    {
      cwd: root,
      // ENV_FILE=/dev/null unless `env` names a file: a developer's .env stays out of tests.
      env: {
        PATH: process.env.PATH,
        SWC_NODE_PROJECT: 'tsconfig.json',
        ENV_FILE: '/dev/null',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}
