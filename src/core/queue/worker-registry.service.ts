import { Injectable } from '@nestjs/common';
import { hostname } from 'node:os';
import { Coordination } from '../coordination/coordination.port.js';

const TTL_MS = 30_000;

/**
 * Live worker processes, counted from heartbeats in the Coordination store (a Redis sorted set,
 * or rows in Postgres). Health and the workers_up metric read it; only the worker role beats.
 */
@Injectable()
export class WorkerRegistry {
  readonly id = `${hostname()}-${process.pid}`;

  constructor(private readonly store: Coordination) {}

  beat(): Promise<void> {
    return this.store.beat(this.id, TTL_MS);
  }

  leave(): Promise<void> {
    return this.store.leave(this.id);
  }

  countLive(): Promise<number> {
    return this.store.countLive(TTL_MS);
  }
}
