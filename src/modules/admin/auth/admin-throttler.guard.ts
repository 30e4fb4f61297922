import { Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerModuleOptions,
  type ThrottlerRequest,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { IncomingHttpHeaders } from 'node:http';
import { ApiKeyService } from './api-key.service.js';

/** Name of the admin API's throttler in ThrottlerModule.forRoot. */
export const ADMIN_THROTTLER = 'admin';

/**
 * Global throttler guard whose `admin` limit is counted per API key when the request carries a
 * known key, else per client IP. Only known keys get their own bucket: keying by whatever was
 * presented would let a client dodge the IP limit by sending a fresh random key each time.
 * Other throttlers (webhook) keep the default per-IP tracking.
 */
@Injectable()
export class AdminThrottlerGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly keys: ApiKeyService,
  ) {
    super(options, storage, reflector);
  }

  protected override handleRequest(props: ThrottlerRequest): Promise<boolean> {
    if (props.throttler.name !== ADMIN_THROTTLER) return super.handleRequest(props);
    const fallback = props.getTracker;
    return super.handleRequest({
      ...props,
      getTracker: async (req, context) => {
        const principal = this.keys.principalFor(req as { headers: IncomingHttpHeaders });
        return principal ? `api-key:${principal.keyId}` : fallback(req, context);
      },
    });
  }
}
