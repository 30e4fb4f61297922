import { Logger } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { Redis } from 'ioredis';
import { createHash } from 'node:crypto';
import { withTimeout } from '../redis/redis.service.js';
import { FixedWindowThrottlerStorage } from './fixed-window-throttler.storage.js';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * FixedWindowThrottlerStorage's algorithm, step for step, run atomically in Redis: one round trip
 * per request, and concurrent requests from any number of pods count exactly. "Now" is Redis's
 * clock (TIME), so pods with skewed clocks agree on when a window or a block ends.
 * KEYS[1] = the counter; ARGV = ttl ms, limit, block duration ms.
 * Returns {totalHits, timeToExpire s, isBlocked 0|1, timeToBlockExpire s}.
 */
const FIXED_WINDOW_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local block = tonumber(ARGV[3])
local s = redis.call('HMGET', KEYS[1], 'hits', 'resetAt', 'blockedUntil')
local hits, resetAt, blockedUntil = 0, now + ttl, 0
if s[1] and s[2] and s[3] then
  hits = tonumber(s[1]); resetAt = tonumber(s[2]); blockedUntil = tonumber(s[3])
end
if blockedUntil > 0 and now >= blockedUntil then
  blockedUntil = 0; hits = 0; resetAt = now + ttl
elseif blockedUntil == 0 and now >= resetAt then
  hits = 0; resetAt = now + ttl
end
local function seconds(untilMs) return math.max(0, math.ceil((untilMs - now) / 1000)) end
local total, blocked, blockExpire
if block <= 0 then
  blocked = hits >= limit
  if not blocked then hits = hits + 1 end
  total = hits
  if blocked then total = hits + 1; blockExpire = seconds(resetAt) else blockExpire = 0 end
else
  if blockedUntil == 0 then
    hits = hits + 1
    if hits > limit then blockedUntil = now + block end
  end
  total = hits
  blocked = blockedUntil > 0
  if blocked then blockExpire = seconds(blockedUntil) else blockExpire = 0 end
end
redis.call('HSET', KEYS[1], 'hits', hits, 'resetAt', resetAt, 'blockedUntil', blockedUntil)
redis.call('PEXPIRE', KEYS[1], math.max(1, math.max(resetAt, blockedUntil) - now))
local b = 0
if blocked then b = 1 end
return {total, seconds(resetAt), b, blockExpire}
`;

type FixedWindowFn = (
  key: string,
  ttl: number,
  limit: number,
  blockDuration: number,
) => Promise<[number, number, number, number]>;

export interface RedisThrottlerOptions {
  /** Longest wait for Redis before this request is counted locally instead. */
  timeoutMs?: number;
  /** After a failure, how long to count locally before asking Redis again. */
  retryAfterMs?: number;
}

/**
 * Throttler storage shared by every api process (pods and API_PROCESSES workers): counters live
 * in Redis under `<QUEUE_PREFIX>:throttle:<throttler>:<sha256 of the guard's key>`. The guard's
 * key is already a hash of route and tracker; hashing again keeps any tracker (an API key id, an
 * IP) out of Redis key names even if a custom generateKey returns it as is.
 *
 * When Redis fails or is slower than `timeoutMs`, the request is counted in this process's memory
 * (the same fixed window) for `retryAfterMs`, then Redis is tried again. Neither fail-open nor
 * fail-closed: failing closed would answer 429/503 to every admin call for the length of a Redis
 * outage, locking operators out of the API they need during one, and refuse pushes before the
 * webhook can decide for itself (it answers 503 when it cannot enqueue, so Pub/Sub redelivers);
 * failing open would drop the limit at the one moment an attacker can cause or wait for. Locally the limit still holds, per process, as it
 * does without REDIS_URL.
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger('RedisThrottlerStorage');
  private readonly fixedWindow: FixedWindowFn;
  private readonly local: ThrottlerStorage;
  private readonly timeoutMs: number;
  private readonly retryAfterMs: number;
  private localUntil = 0;

  constructor(
    redis: Redis,
    private readonly keyPrefix: string,
    options: RedisThrottlerOptions = {},
    local: ThrottlerStorage = new FixedWindowThrottlerStorage(),
  ) {
    this.timeoutMs = options.timeoutMs ?? 250;
    this.retryAfterMs = options.retryAfterMs ?? 5_000;
    this.local = local;
    // defineCommand: EVALSHA, falling back to EVAL once after a script-cache flush.
    redis.defineCommand('throttleFixedWindow', { numberOfKeys: 1, lua: FIXED_WINDOW_SCRIPT });
    const command = (redis as unknown as { throttleFixedWindow: FixedWindowFn })
      .throttleFixedWindow;
    this.fixedWindow = command.bind(redis);
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    if (Date.now() < this.localUntil)
      return this.local.increment(key, ttl, limit, blockDuration, throttlerName);
    const redisKey = `${this.keyPrefix}:${throttlerName}:${createHash('sha256').update(key).digest('hex')}`;
    try {
      const [totalHits, timeToExpire, isBlocked, timeToBlockExpire] = await withTimeout(
        this.fixedWindow(redisKey, ttl, limit, blockDuration),
        this.timeoutMs,
        'throttler counter',
      );
      if (this.localUntil !== 0) {
        this.localUntil = 0;
        this.logger.log('rate-limit counters back in Redis');
      }
      return { totalHits, timeToExpire, isBlocked: isBlocked === 1, timeToBlockExpire };
    } catch (error) {
      if (this.localUntil === 0)
        // Once per outage. Only the message: ioredis errors also carry the command's arguments.
        this.logger.warn(
          { reason: error instanceof Error ? error.message : 'unknown' },
          'rate-limit counters unavailable in Redis: counting per process until it answers',
        );
      this.localUntil = Date.now() + this.retryAfterMs;
      return this.local.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }

  /** True while counting locally after a Redis failure (for tests and diagnostics). */
  get degraded(): boolean {
    return Date.now() < this.localUntil;
  }
}
