import { Redis } from 'ioredis';

/**
 * Several token buckets taken together, atomically: a request is granted only when every bucket
 * holds enough (e.g. an LLM call needs 1 request AND ~N tokens of a vendor's per-minute limits),
 * so a denied request never spends one budget while waiting for the other. Buckets refill
 * continuously at `rate` per second up to `capacity`. Time comes from Redis (TIME), so processes
 * with skewed clocks share one notion of "now".
 * Returns [granted 0|1, wait ms until the request would fit].
 */
const TAKE_ALL_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local wait = 0
local levels = {}
for i, key in ipairs(KEYS) do
  local capacity = tonumber(ARGV[i * 3 - 2])
  local rate = tonumber(ARGV[i * 3 - 1])
  local units = tonumber(ARGV[i * 3])
  local state = redis.call('HMGET', key, 'tokens', 'ts')
  local tokens = tonumber(state[1])
  local ts = tonumber(state[2])
  if tokens == nil or ts == nil then tokens = capacity; ts = now end
  if now > ts then tokens = math.min(capacity, tokens + (now - ts) * rate / 1000) end
  levels[i] = tokens
  local need = math.min(units, capacity)
  if tokens < need then wait = math.max(wait, math.ceil((need - tokens) * 1000 / rate)) end
end
local granted = 0
if wait == 0 then granted = 1 end
for i, key in ipairs(KEYS) do
  local capacity = tonumber(ARGV[i * 3 - 2])
  local rate = tonumber(ARGV[i * 3 - 1])
  local tokens = levels[i]
  if granted == 1 then tokens = tokens - tonumber(ARGV[i * 3]) end
  redis.call('HSET', key, 'tokens', tostring(tokens), 'ts', tostring(now))
  redis.call('PEXPIRE', key, math.ceil((capacity - tokens) * 1000 / rate) + 60000)
end
return {granted, wait}
`;

export interface BucketSpec {
  key: string;
  capacity: number;
  /** Units added per second. */
  rate: number;
  units: number;
}

export interface TokenBuckets {
  /** One attempt: granted, or the wait in ms until it would be. */
  take(buckets: BucketSpec[]): Promise<{ granted: boolean; waitMs: number }>;
  close(): Promise<void>;
}

type TakeAllFn = (...args: (string | number)[]) => Promise<[number, number]>;

/** Buckets in Redis, shared by every process of the deployment. */
export function redisTokenBuckets(url: string, onError: (error: Error) => void): TokenBuckets {
  const redis = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false });
  redis.on('error', onError);
  redis.defineCommand('takeAllBuckets', { lua: TAKE_ALL_SCRIPT });
  const takeAll = (redis as unknown as { takeAllBuckets: TakeAllFn }).takeAllBuckets.bind(redis);
  return {
    async take(buckets) {
      const args: (string | number)[] = [buckets.length, ...buckets.map((b) => b.key)];
      for (const b of buckets) args.push(b.capacity, b.rate, b.units);
      const [granted, waitMs] = await takeAll(...args);
      return { granted: granted === 1, waitMs: Number(waitMs) };
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/**
 * The same buckets in this process's memory, for deployments without Redis: exact for one
 * process; N processes together may spend up to N times the rate.
 */
export function localTokenBuckets(): TokenBuckets {
  const state = new Map<string, { tokens: number; ts: number }>();
  return {
    async take(buckets) {
      const now = Date.now();
      let waitMs = 0;
      const levels = buckets.map((b) => {
        const s = state.get(b.key) ?? { tokens: b.capacity, ts: now };
        if (now > s.ts) s.tokens = Math.min(b.capacity, s.tokens + ((now - s.ts) * b.rate) / 1000);
        s.ts = now;
        state.set(b.key, s);
        const need = Math.min(b.units, b.capacity);
        if (s.tokens < need)
          waitMs = Math.max(waitMs, Math.ceil(((need - s.tokens) * 1000) / b.rate));
        return s;
      });
      if (waitMs === 0) levels.forEach((s, i) => (s.tokens -= buckets[i].units));
      return { granted: waitMs === 0, waitMs };
    },
    async close() {},
  };
}
