import { Injectable } from '@nestjs/common';
import type { IncomingHttpHeaders } from 'node:http';
import { AccountsService } from '../../accounts/accounts.service.js';
import { sessionTokenOf } from '../../accounts/session-token.js';
import type { AdminPrincipal } from './admin-role.js';
import { ApiKeyService } from './api-key.service.js';

/** Who called, and the session token when it was a console session (for the CSRF check). */
export interface ResolvedCaller {
  principal: AdminPrincipal;
  sessionToken?: string;
}

type Request = { headers: IncomingHttpHeaders };

/**
 * The caller of an admin route: an API key (X-API-Key or Bearer) first, else a console session
 * cookie. A request that presents a key is judged by the key alone, so a stale cookie beside a
 * key changes nothing. Memoised per request: the throttler and the auth guard both ask.
 */
@Injectable()
export class PrincipalResolver {
  private readonly resolved = new WeakMap<object, Promise<ResolvedCaller | null>>();

  constructor(
    private readonly keys: ApiKeyService,
    private readonly accounts: AccountsService,
  ) {}

  resolve(request: Request): Promise<ResolvedCaller | null> {
    let pending = this.resolved.get(request);
    if (!pending) {
      pending = this.lookUp(request);
      this.resolved.set(request, pending);
    }
    return pending;
  }

  private async lookUp(request: Request): Promise<ResolvedCaller | null> {
    if (request.headers['x-api-key'] !== undefined || request.headers.authorization !== undefined) {
      const principal = this.keys.principalFor(request);
      return principal ? { principal } : null;
    }
    const token = sessionTokenOf(request.headers);
    if (!token) return null;
    const user = await this.accounts.userOfSession(token);
    if (!user) return null;
    return {
      // Full rights over their own mailboxes; the guard confines them to those.
      principal: { role: 'admin', keyId: `user:${user.id}`, userId: user.id },
      sessionToken: token,
    };
  }
}
