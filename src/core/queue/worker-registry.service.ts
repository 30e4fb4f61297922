import { Injectable } from '@nestjs/common';
import { hostname } from 'node:os';
import { RedisService } from '../redis/redis.service';

const TTL_MS = 30_000;

/**
 * Live worker processes, counted from heartbeats in a Redis sorted set (score = last beat).
 * Health and the workers_up metric read it; only the worker role beats.
 */
@Injectable()
export class WorkerRegistry {
  readonly id = `${hostname()}-${process.pid}`;

  constructor(private readonly redis: RedisService) {}

  private get key(): string {
    return this.redis.key('workers');
  }

  async beat(): Promise<void> {
    await this.redis.client.zadd(this.key, Date.now(), this.id);
  }

  async leave(): Promise<void> {
    await this.redis.client.zrem(this.key, this.id);
  }

  async countLive(): Promise<number> {
    const now = Date.now();
    await this.redis.client.zremrangebyscore(this.key, 0, now - TTL_MS);
    return this.redis.client.zcount(this.key, now - TTL_MS, '+inf');
  }
}
