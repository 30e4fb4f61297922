import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { Coordination } from '../coordination/coordination.port.js';
import { QueueConfig } from '../queue/queue.config.js';

/**
 * A shared ioredis client for health checks, heartbeats and locks: the Coordination store when
 * REDIS_URL is set. It fails commands fast while Redis is down (no offline queue), so callers
 * can answer 503 instead of hanging.
 */
@Injectable()
export class RedisService extends Coordination implements OnApplicationShutdown {
  readonly store = 'redis' as const;
  readonly client: Redis;

  constructor(config: QueueConfig) {
    super();
    if (!config.REDIS_URL)
      throw new Error('RedisService needs REDIS_URL (without it, PostgresCoordination is used)');
    this.client = new Redis(config.REDIS_URL, {
      lazyConnect: false,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 3_000,
      retryStrategy: (times) => Math.min(times * 200, 2_000),
    });
    // Connection errors surface through command failures; the event only needs a listener.
    this.client.on('error', () => undefined);
    this.prefix = config.QUEUE_PREFIX;
  }

  readonly prefix: string;

  key(...parts: string[]): string {
    return [this.prefix, ...parts].join(':');
  }

  async ping(timeoutMs = 1_500): Promise<boolean> {
    try {
      const result = await withTimeout(this.client.ping(), timeoutMs);
      return result === 'PONG';
    } catch {
      return false;
    }
  }

  /** Locks are keys (SET NX PX) whose value is the holder's token. */
  protected async acquire(name: string, ttlMs: number): Promise<string | null> {
    const token = `${process.pid}-${randomUUID()}`;
    const ok = await this.client.set(this.key('lock', name), token, 'PX', ttlMs, 'NX');
    return ok === 'OK' ? token : null;
  }

  protected async extend(name: string, token: string, ttlMs: number): Promise<boolean> {
    const extended = await this.client.eval(
      "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end",
      1,
      this.key('lock', name),
      token,
      ttlMs,
    );
    return extended === 1;
  }

  protected async free(name: string, token: string): Promise<void> {
    await this.client.eval(
      "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
      1,
      this.key('lock', name),
      token,
    );
  }

  /** Heartbeats: a sorted set of members scored by their last beat (ms). */
  async beat(member: string, _ttlMs: number): Promise<void> {
    await this.client.zadd(this.key('workers'), Date.now(), member);
  }

  async leave(member: string): Promise<void> {
    await this.client.zrem(this.key('workers'), member);
  }

  async countLive(ttlMs: number): Promise<number> {
    const now = Date.now();
    await this.client.zremrangebyscore(this.key('workers'), 0, now - ttlMs);
    return this.client.zcount(this.key('workers'), now - ttlMs, '+inf');
  }

  async setMarker(name: string): Promise<boolean> {
    return (await this.client.set(this.key('marker', name), String(Date.now()), 'NX')) === 'OK';
  }

  async onApplicationShutdown(): Promise<void> {
    this.client.disconnect();
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what = 'operation'): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(Object.assign(new Error(`${what} timed out after ${ms} ms`), { code: 'ETIMEDOUT' })),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
