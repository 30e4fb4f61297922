import type { GmailMessageSpec } from '../../test/fakes/gmail/gmail-message.builder.js';
import type { GmailFake } from '../../test/fakes/gmail/gmail.fake.js';
import { FakeMailbox } from '../../test/fakes/gmail/gmail-fake.store.js';
import { percentile, round, sleep } from './infra.js';

/**
 * Mail traffic for benches and drills: questions that need a reply, delivered into the Gmail
 * fake and announced by signed pushes; the fake records when each thread got its draft and
 * what every Gmail call cost in quota units.
 */
export function question(i: number, tag: string): GmailMessageSpec {
  return {
    from: `Customer ${i} <customer${i}@client.example>`,
    subject: `${tag} order ${i}: can you confirm the delivery date?`,
    text: `Hello,\n\ncould you please confirm when order ${i} will be delivered? We need it before Friday.\n\nThanks,\nCustomer ${i}`,
    messageId: `<${tag}-${i}@client.example>`,
  };
}

export interface DraftLog {
  /** `${mailbox}|${threadId}` → times drafts.create ran for that thread. */
  created: Map<string, number[]>;
}

/**
 * Records every drafts.create the fake serves (patched on the store, so all mailboxes count);
 * `onDraft` hears of each as it is stored.
 */
export function trackDrafts(onDraft?: (key: string, at: number) => void): DraftLog {
  const log: DraftLog = { created: new Map() };
  const original = FakeMailbox.prototype.createDraft;
  FakeMailbox.prototype.createDraft = function (
    this: FakeMailbox,
    raw: Buffer,
    requestedThreadId?: string,
  ) {
    const draft = original.call(this, raw, requestedThreadId);
    const key = `${this.email}|${draft.threadId}`;
    const times = log.created.get(key) ?? [];
    const at = Date.now();
    times.push(at);
    log.created.set(key, times);
    onDraft?.(key, at);
    return draft;
  };
  return log;
}

/** Gmail's per-method quota units (same table as src/modules/gmail/gmail-quota.service.ts). */
export function quotaCost(method: string, path: string): number {
  const m = /^\/gmail\/v1\/users\/[^/]+\/(.+)$/.exec(path);
  if (!m) return 0;
  const [resource, id] = m[1].split('/');
  const key = `${method} ${resource}${id ? '/:id' : ''}`;
  const costs: Record<string, number> = {
    'GET profile': 1,
    'GET messages': 5,
    'GET messages/:id': 5,
    'GET history': 2,
    'GET threads/:id': 10,
    'POST drafts': 10,
    'PUT drafts/:id': 15,
    'GET drafts/:id': 5,
    'GET drafts': 5,
    'DELETE drafts/:id': 10,
    'POST watch': 100,
    'POST stop': 50,
  };
  return costs[key] ?? 0;
}

export interface QuotaLog {
  /** mailbox → [time ms, units][] */
  calls: Map<string, [number, number][]>;
  /** Gmail calls answered 429 (the product's own limiter should keep this at zero). */
  rejected: number;
  /** Access-token refreshes at the fake's token endpoint (not Gmail quota, but a round trip each). */
  tokenRefreshes: number;
}

/** Timestamps every Gmail call the fake serves, with its quota cost, per mailbox. */
export function trackQuota(gmail: GmailFake): QuotaLog {
  const log: QuotaLog = { calls: new Map(), rejected: 0, tokenRefreshes: 0 };
  const requests = gmail.requests;
  const push = requests.push.bind(requests);
  requests.push = (...items) => {
    for (const r of items) {
      if (r.method === 'POST' && r.path === '/token') log.tokenRefreshes++;
      // The mailbox is known only after authentication: read it when the request is answered.
      setImmediate(() => {
        if (!r.mailbox) return;
        if (r.status === 429) log.rejected++;
        const units = quotaCost(r.method, r.path);
        if (!units) return;
        const list = log.calls.get(r.mailbox) ?? [];
        list.push([Date.now(), units]);
        log.calls.set(r.mailbox, list);
      });
    }
    // The fake only needs the log for assertions; keep memory flat over long runs.
    if (requests.length > 20_000) requests.splice(0, requests.length - 10_000);
    return push(...items);
  };
  return log;
}

/** Highest units spent by one mailbox in any window of `windowMs` (sliding over call times). */
export function peakUnits(
  log: QuotaLog,
  windowMs: number,
  from = 0,
  to = Infinity,
): { mailbox: string; units: number; perSecond: number } {
  let best = { mailbox: '', units: 0, perSecond: 0 };
  for (const [mailbox, calls] of log.calls) {
    const list = calls.filter(([t]) => t >= from && t <= to);
    let lo = 0;
    let sum = 0;
    for (let hi = 0; hi < list.length; hi++) {
      sum += list[hi][1];
      while (list[hi][0] - list[lo][0] >= windowMs) sum -= list[lo++][1];
      if (sum > best.units)
        best = { mailbox, units: sum, perSecond: round(sum / (windowMs / 1000), 1) };
    }
  }
  return best;
}

export function latencyStats(values: number[]): {
  n: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
} {
  const s = [...values].sort((a, b) => a - b);
  return {
    n: s.length,
    p50Ms: round(percentile(s, 50), 0),
    p90Ms: round(percentile(s, 90), 0),
    p99Ms: round(percentile(s, 99), 0),
    maxMs: round(s[s.length - 1] ?? NaN, 0),
  };
}

/** Runs `task(i)` for i < count with at most `concurrency` in flight, optionally paced to `ratePerSecond`. */
export async function drive(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
  ratePerSecond?: number,
): Promise<void> {
  let next = 0;
  const t0 = Date.now();
  const lane = async () => {
    for (;;) {
      const i = next++;
      if (i >= count) return;
      if (ratePerSecond) {
        const due = t0 + (i * 1000) / ratePerSecond;
        if (due > Date.now()) await sleep(due - Date.now());
      }
      await task(i);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
}

/**
 * Throughput read off the draft times (sorted ascending): between the 10th and 90th percentile
 * draft, leaving out the ramp-up (pushes arriving, syncs starting) and the tail, and per quarter
 * of the drafts (rising quarters show a worker still warming up).
 */
export function draftRates(times: number[]): {
  steadyPerSecond: number;
  quarterPerSecond: number[];
} {
  const rate = (from: number, to: number) => {
    const seconds = (times[to] - times[from]) / 1000;
    return seconds > 0 ? round((to - from) / seconds, 1) : NaN;
  };
  const n = times.length;
  if (n < 8) return { steadyPerSecond: NaN, quarterPerSecond: [] };
  const at = (q: number) => Math.min(n - 1, Math.floor(q * (n - 1)));
  return {
    steadyPerSecond: rate(at(0.1), at(0.9)),
    quarterPerSecond: [0, 1, 2, 3].map((q) => rate(at(q / 4), at((q + 1) / 4))),
  };
}
