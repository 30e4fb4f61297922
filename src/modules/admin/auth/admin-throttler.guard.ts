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
import { PrincipalResolver } from './principal.resolver.js';

/** Name of the admin API's throttler in ThrottlerModule.forRoot. */
export const ADMIN_THROTTLER = 'admin';

/**
 * Global throttler guard whose `admin` limit is counted per API key when the request carries a
 * known key, per console user when it carries a live session, else per client IP. Only known keys get their own bucket: keying by whatever was
 * presented would let a client dodge the IP limit by sending a fresh random key each time.
 * Other throttlers (webhook) keep the default per-IP tracking.
 */
@Injectable()
export class AdminThrottlerGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly callers: PrincipalResolver,
  ) {
    super(options, storage, reflector);
  }

  protected override handleRequest(props: ThrottlerRequest): Promise<boolean> {
    if (props.throttler.name !== ADMIN_THROTTLER) return super.handleRequest(props);
    const fallback = props.getTracker;
    return super.handleRequest({
      ...props,
      getTracker: async (req, context) => {
        const caller = await this.callers.resolve(req as { headers: IncomingHttpHeaders });
        if (!caller) return fallback(req, context);
        const { principal } = caller;
        return principal.userId ? `user:${principal.userId}` : `api-key:${principal.keyId}`;
      },
    });
  }
}
