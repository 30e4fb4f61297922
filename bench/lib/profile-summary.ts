/**
 * Summarises a V8 .cpuprofile (from BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR"): self time
 * by function and by package, to find where a role spends its CPU.
 *   node --import @swc-node/register/esm-register bench/lib/profile-summary.ts DIR/xxx.cpuprofile [top] [skipSeconds]
 * skipSeconds leaves out the boot (module loading, migrations) at the start of the profile.
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const file = process.argv[2];
const top = Number(process.argv[3] ?? 40);
const skipUs = Number(process.argv[4] ?? 0) * 1e6;
const prof = JSON.parse(readFileSync(file, 'utf8')) as {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
};
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
let clock = 0;
prof.samples.forEach((id, i) => {
  clock += prof.timeDeltas[i] ?? 0;
  if (clock >= skipUs) self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
const byFn = new Map<string, number>();
const byPkg = new Map<string, number>();
for (const [id, t] of self) {
  const n = byId.get(id)!;
  const url = n.callFrame.url;
  const pkg =
    /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
    (url.includes('/dist/')
      ? 'app:' + url.split('/dist/')[1].split('/').slice(0, 3).join('/')
      : url.startsWith('node:')
        ? url
        : url || n.callFrame.functionName);
  const fn = `${n.callFrame.functionName || '(anon)'} ${url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`;
  byFn.set(fn, (byFn.get(fn) ?? 0) + t);
  byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + t);
}
const show = (m: Map<string, number>) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([k, v]) => console.log(`${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`));
console.log(`total sampled ${(total / 1e6).toFixed(1)} s`);
console.log('--- by package');
show(byPkg);
console.log('--- by function');
show(byFn);
