import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * wrk (Debian's `wrk`, C with LuaJIT) as the load generator where a bench compares an HTTP
 * endpoint with pgbench: pgbench's clients are C too, so the comparison is not skewed by a
 * JavaScript load generator taking a share of the two cores. Every request is a distinct, valid
 * Pub/Sub push (message id and history id from a per-thread counter); the Lua script writes one
 * JSON line of totals and latency percentiles when wrk finishes.
 */
const WRK = process.env.BENCH_WRK ?? 'wrk';

export interface WrkRun {
  connections: number;
  seconds: number;
  /** Answers below 400 (wrk counts a 4xx or 5xx as a status error: `non2xx`). */
  ok: number;
  non2xx: number;
  /** Connect, read and write errors and timeouts (wrk's own counts). */
  errors: number;
  timeouts: number;
  rps: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface Load {
  url: string;
  headers?: Record<string, string>;
  /** Names this run's script file; for pushes, also every message id of the run. */
  idPrefix: string;
  /** Signed pushes (POST); without, plain GETs. */
  push?: PushBodies;
}

export interface PushBodies {
  /** The mailboxes pushes go to, round robin. */
  addresses: string[];
  /** History ids start above this (above every seeded baseline: each push is new work). */
  historyBase: number;
}

export function requireWrk(): void {
  const probe = spawnSync(WRK, ['--version'], { encoding: 'utf8' });
  if (probe.error) throw new Error(`${WRK} not found: apt-get install wrk (or set BENCH_WRK)`);
}

/** Lua string literal (JSON strings of ASCII addresses, URLs and tokens need nothing more). */
const lua = (s: string) => JSON.stringify(s);

/** wrk's request() for pushes: each a new message id and history id, mailboxes round robin. */
function pushRequest(idPrefix: string, push: PushBodies, threads: number): string {
  return `local addresses = { ${push.addresses.map(lua).join(', ')} }
local seq = 0
function request()
  seq = seq + 1
  local n = (seq - 1) * ${threads} + tid
  local data = b64('{"emailAddress":"' .. addresses[(n % #addresses) + 1] .. '","historyId":' .. (${push.historyBase} + n) .. '}')
  local id = ${lua(idPrefix)} .. "-" .. n
  return wrk.format(nil, nil, nil, '{"message":{"data":"' .. data .. '","messageId":"' .. id ..
    '","publishTime":"2026-12-08T00:00:00.000Z"},"subscription":"projects/bench/subscriptions/gmail-push"}')
end
`;
}

function script(load: Load, threads: number): string {
  const headers = Object.entries(load.headers ?? {})
    .map(([k, v]) => `wrk.headers[${lua(k)}] = ${lua(v)}`)
    .join('\n');
  return `
local bit = require("bit")
local chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
local sym = {}
for i = 1, 64 do sym[i - 1] = chars:sub(i, i) end
local function b64(s)
  local out, n = {}, #s
  for i = 1, n, 3 do
    local a, b, c = s:byte(i, i + 2)
    local v = bit.bor(bit.lshift(a, 16), bit.lshift(b or 0, 8), c or 0)
    out[#out + 1] = sym[bit.band(bit.rshift(v, 18), 63)] .. sym[bit.band(bit.rshift(v, 12), 63)]
      .. (b and sym[bit.band(bit.rshift(v, 6), 63)] or "=") .. (c and sym[bit.band(v, 63)] or "=")
  end
  return table.concat(out)
end
local nextId = 0
function setup(thread)
  thread:set("tid", nextId)
  nextId = nextId + 1
end
function init(args)
  wrk.method = ${lua(load.push ? 'POST' : 'GET')}
  ${headers}
end
${load.push ? pushRequest(load.idPrefix, load.push, threads) : ''}
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK_RESULT {"requests":%d,"durationUs":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"p50":%d,"p90":%d,"p99":%d,"max":%d}\\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
`;
}

/** Closed-loop load: `connections` clients, each sending its next request when answered. */
export function wrkRun(
  dir: string,
  load: Load,
  connections: number,
  seconds: number,
): Promise<WrkRun> {
  const file = join(dir, `wrk-${load.idPrefix}.lua`);
  const threads = Math.min(2, connections);
  writeFileSync(file, script(load, threads));
  const args = [`-t${threads}`, `-c${connections}`, `-d${seconds}s`, '--timeout', '10s'];
  return new Promise((resolve, reject) => {
    const child = spawn(WRK, [...args, '-s', file, load.url]);
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('WRK_RESULT '));
      if (code !== 0 || !line) return reject(new Error(`wrk failed (${code}): ${out.slice(-500)}`));
      const r = JSON.parse(line.slice('WRK_RESULT '.length)) as Record<string, number>;
      const ms = (us: number) => Math.round(us / 100) / 10;
      const wall = r.durationUs / 1e6;
      const ok = r.requests - r.status;
      resolve({
        connections,
        seconds: wall,
        ok,
        non2xx: r.status,
        errors: r.connect + r.read + r.write,
        timeouts: r.timeout,
        rps: Math.round(ok / wall),
        p50Ms: ms(r.p50),
        p90Ms: ms(r.p90),
        p99Ms: ms(r.p99),
        maxMs: ms(r.max),
      });
    });
  });
}
