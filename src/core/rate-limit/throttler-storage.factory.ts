import type { ThrottlerStorage } from '@nestjs/throttler';
import type { Coordination } from '../coordination/coordination.port.js';
import { RedisService } from '../redis/redis.service.js';
import { RateLimiterThrottlerStorage } from './rate-limiter-throttler.storage.js';

/**
 * The api's throttler counters: in Redis when REDIS_URL is set (Coordination is then
 * RedisService), so every pod and API_PROCESSES worker spends one budget; without Redis, in this
 * process's memory, each process with its own budget.
 * Both throttlers use it: the webhook's per-source budget is a flood guard and only means
 * something fleet-wide, and one Lua call per push is far below the queue's own Redis work per push.
 */
export function throttlerStorageFor(coordination: Coordination): ThrottlerStorage {
  return coordination instanceof RedisService
    ? new RateLimiterThrottlerStorage({
        redis: coordination.client,
        keyPrefix: coordination.key('throttle'),
      })
    : new RateLimiterThrottlerStorage({ keyPrefix: 'throttle' });
}
