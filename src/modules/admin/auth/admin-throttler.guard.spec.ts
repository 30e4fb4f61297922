import { createMock } from '@golevelup/ts-vitest';
import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { aConfig } from '../../../../test/support/builders.js';
import { AdminConfig } from '../admin.config.js';
import { AdminThrottlerGuard } from './admin-throttler.guard.js';
import type { AccountsService } from '../../accounts/accounts.service.js';
import { ApiKeyService } from './api-key.service.js';
import { PrincipalResolver } from './principal.resolver.js';

const sha = (key: string) => createHash('sha256').update(key).digest('hex');
const SESSION = 's'.repeat(43);
const accounts = {
  userOfSession: async (token: string) =>
    token === SESSION ? { id: 'u1', email: 'owner@example.com', displayName: null } : undefined,
} as unknown as AccountsService;

class RecordingStorage implements ThrottlerStorage {
  readonly calls: { key: string; throttler: string }[] = [];
  async increment(key: string, ttl: number, _limit: number, _block: number, throttler: string) {
    this.calls.push({ key, throttler });
    return { totalHits: 1, timeToExpire: ttl, isBlocked: false, timeToBlockExpire: 0 };
  }
}

class SomeController {
  handler(): void {}
}

function context(headers: Record<string, string>, ip: string): ExecutionContext {
  const req = { headers, ip };
  const res = { header: () => undefined };
  return createMock<ExecutionContext>({
    getHandler: () => SomeController.prototype.handler,
    getClass: () => SomeController,
    switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }),
  });
}

async function keysUsed(
  headers: Record<string, string>,
  ip: string,
): Promise<Record<string, string>> {
  const storage = new RecordingStorage();
  const keys = new ApiKeyService(
    aConfig(AdminConfig, { ADMIN_API_KEYS: `operator:${sha('good')}` }),
  );
  const guard = new AdminThrottlerGuard(
    [
      { name: 'admin', ttl: 60_000, limit: 10 },
      { name: 'webhook', ttl: 60_000, limit: 1000 },
    ],
    storage,
    new Reflector(),
    new PrincipalResolver(keys, accounts),
  );
  await guard.onModuleInit();
  await guard.canActivate(context(headers, ip));
  return Object.fromEntries(storage.calls.map((c) => [c.throttler, c.key]));
}

describe('AdminThrottlerGuard', () => {
  it('counts a known key in its own bucket wherever it comes from', async () => {
    const a = await keysUsed({ 'x-api-key': 'good' }, '10.0.0.1');
    const b = await keysUsed({ authorization: 'Bearer good' }, '10.0.0.2');
    expect(a.admin).toBe(b.admin);
  });

  it('counts unknown keys by IP, so rotating fake keys does not reset the limit', async () => {
    const a = await keysUsed({ 'x-api-key': 'fake-1' }, '10.0.0.1');
    const b = await keysUsed({ 'x-api-key': 'fake-2' }, '10.0.0.1');
    const none = await keysUsed({}, '10.0.0.1');
    const known = await keysUsed({ 'x-api-key': 'good' }, '10.0.0.1');
    expect(a.admin).toBe(b.admin);
    expect(a.admin).toBe(none.admin);
    expect(known.admin).not.toBe(none.admin);
  });

  it('counts a console session per user, not per IP', async () => {
    const cookie = { cookie: `ea_session=${SESSION}` };
    const a = await keysUsed(cookie, '10.0.0.1');
    const b = await keysUsed(cookie, '10.0.0.2');
    const stale = await keysUsed({ cookie: `ea_session=${'x'.repeat(43)}` }, '10.0.0.1');
    const none = await keysUsed({}, '10.0.0.1');
    expect(a.admin).toBe(b.admin);
    expect(a.admin).not.toBe(none.admin);
    expect(stale.admin).toBe(none.admin);
  });

  it('leaves other throttlers keyed by IP', async () => {
    const known = await keysUsed({ 'x-api-key': 'good' }, '10.0.0.1');
    const anonymous = await keysUsed({}, '10.0.0.1');
    expect(known.webhook).toBe(anonymous.webhook);
  });
});
