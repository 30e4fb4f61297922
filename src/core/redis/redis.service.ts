import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';

/**
 * A shared ioredis client for health checks, heartbeats and locks. It fails commands fast
 * while Redis is down (no offline queue), so callers can answer 503 instead of hanging.
 */
@Injectable()
export class RedisService implements OnApplicationShutdown {
  readonly client: Redis;

  constructor(config: AppConfig) {
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

  /** Short-lived lock (SET NX PX); returns a release function or null when held elsewhere. */
  async tryLock(name: string, ttlMs: number): Promise<(() => Promise<void>) | null> {
    const key = this.key('lock', name);
    const token = `${process.pid}-${Date.now()}-${Math.random()}`;
    const ok = await this.client.set(key, token, 'PX', ttlMs, 'NX');
    if (ok !== 'OK') return null;
    return async () => {
      // Release only our own lock (it may have expired and been taken by someone else).
      await this.client.eval(
        "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
        1,
        key,
        token,
      );
    };
  }

  async onApplicationShutdown(): Promise<void> {
    this.client.disconnect();
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what = 'operation'): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`${what} timed out after ${ms} ms`), { code: 'ETIMEDOUT' })), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
