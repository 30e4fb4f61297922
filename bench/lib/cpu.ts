import { readFileSync } from 'node:fs';
import { cpuSeconds, round } from './infra.js';

/**
 * CPU accounting for one measured interval on a shared machine: seconds used by each of our
 * processes (roles, their Postgres backends, the private Redis, this load generator) and by the
 * whole machine, so a figure can be read against what else was running.
 */
export type CpuSource =
  | { name: string; pids: () => Promise<number[]> | number[] }
  /** A running total of CPU seconds (for processes that start and end within the interval). */
  | { name: string; seconds: () => number };

/**
 * CPU seconds of this process's children that have exited and been reaped (the kernel adds
 * them to the parent's cutime/cstime): a load generator run within the interval.
 */
export function reapedChildrenSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of proc(5), counted from the state field (3): indexes 13 and 14 here.
  return (Number(f[13]) + Number(f[14])) / 100;
}

/** CPU seconds per pid of a source now (a running-total source as its one total). */
async function reading(s: CpuSource): Promise<Map<number | 'total', number>> {
  if ('seconds' in s) return new Map([['total', s.seconds()]]);
  const m = new Map<number | 'total', number>();
  for (const pid of await s.pids()) m.set(pid, cpuSeconds(pid) ?? 0);
  return m;
}

function machineJiffies(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = v[3] + (v[4] ?? 0);
  const total = v.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

export class CpuMeter {
  private start = new Map<string, Map<number | 'total', number>>();
  private machine = machineJiffies();
  private t0 = Date.now();

  constructor(private readonly sources: CpuSource[]) {}

  async begin(): Promise<void> {
    this.start.clear();
    for (const s of this.sources) this.start.set(s.name, await reading(s));
    this.machine = machineJiffies();
    this.t0 = Date.now();
  }

  /** Core-seconds per source over the interval, plus the machine's busy cores on average. */
  async end(): Promise<{
    wallSeconds: number;
    cores: Record<string, number>;
    machineBusyCores: number;
    othersBusyCores: number;
  }> {
    const wall = (Date.now() - this.t0) / 1000;
    const cores: Record<string, number> = {};
    let ours = 0;
    for (const s of this.sources) {
      // A process that started within the interval counts from zero.
      const before = this.start.get(s.name);
      let used = 0;
      for (const [key, now] of await reading(s)) used += now - (before?.get(key) ?? 0);
      cores[s.name] = round(used / wall, 2);
      ours += used;
    }
    const m = machineJiffies();
    const ncpu = readFileSync('/proc/stat', 'utf8')
      .split('\n')
      .filter((l) => /^cpu\d/.test(l)).length;
    const busyCores = ((m.busy - this.machine.busy) / (m.total - this.machine.total)) * ncpu;
    return {
      wallSeconds: round(wall, 1),
      cores,
      machineBusyCores: round(busyCores, 2),
      othersBusyCores: round(Math.max(0, busyCores - ours / wall), 2),
    };
  }
}
