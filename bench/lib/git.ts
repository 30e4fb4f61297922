import { spawnSync } from 'node:child_process';
import { ROOT } from './infra.js';

/** Which code a figure belongs to: HEAD and whether src/ had uncommitted changes. */
export function gitState(): { head: string; srcDirty: boolean } {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'migrations'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout.trim();
  return { head, srcDirty: dirty.length > 0 };
}
