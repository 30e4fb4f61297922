import { Injectable, Logger } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { AdminConfig } from '../admin.config.js';
import { AdminPrincipal, AdminRole, isAdminRole } from './admin-role.js';
import { presentedKey } from './presented-key.js';

interface ConfiguredKey {
  role: AdminRole;
  digest: Buffer;
  keyId: string;
}

/**
 * Parses ADMIN_API_KEYS (`role:sha256hex`, comma-separated). A malformed entry is a boot
 * error naming its position (never its value): silently dropping it would lock an operator out
 * with no clue why.
 */
export function parseAdminKeys(raw: string | undefined): ConfiguredKey[] {
  const keys: ConfiguredKey[] = [];
  const problems: string[] = [];
  const entries = (raw ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  entries.forEach((entry, index) => {
    const colon = entry.indexOf(':');
    const role = colon > 0 ? entry.slice(0, colon).trim().toLowerCase() : '';
    const hex =
      colon > 0
        ? entry
            .slice(colon + 1)
            .trim()
            .toLowerCase()
        : '';
    if (!isAdminRole(role))
      problems.push(`entry ${index + 1}: role must be viewer, operator or admin`);
    else if (!/^[0-9a-f]{64}$/.test(hex))
      problems.push(`entry ${index + 1}: expected a 64-digit sha256 hex digest`);
    else if (keys.some((k) => k.digest.toString('hex') === hex))
      problems.push(`entry ${index + 1}: duplicate key`);
    else keys.push({ role, digest: Buffer.from(hex, 'hex'), keyId: hex.slice(0, 12) });
  });
  if (problems.length) throw new Error(`ADMIN_API_KEYS is invalid: ${problems.join('; ')}`);
  return keys;
}

/**
 * Checks presented admin API keys against the configured sha256 digests. The presented key is
 * hashed and compared with every configured digest in constant time (no early exit), so
 * neither the position of a match nor a matching prefix shows in the timing.
 */
@Injectable()
export class ApiKeyService {
  private readonly logger = new Logger(ApiKeyService.name);
  private readonly keys: ConfiguredKey[];
  // The throttler guard, the auth guard and the dashboard hook all ask about the same request.
  private readonly resolved = new WeakMap<object, AdminPrincipal | null>();

  constructor(config: AdminConfig) {
    this.keys = parseAdminKeys(config.ADMIN_API_KEYS);
    if (!this.keys.length) {
      // Singleton: logged once per process. Fail closed: every admin route answers 401.
      this.logger.warn(
        'ADMIN_API_KEYS is empty: the admin API and queue dashboard reject every request',
      );
    }
  }

  get configured(): boolean {
    return this.keys.length > 0;
  }

  authenticate(key: string | undefined): AdminPrincipal | null {
    if (!key || !this.keys.length) return null;
    const digest = createHash('sha256').update(key, 'utf8').digest();
    let match: ConfiguredKey | null = null;
    for (const candidate of this.keys) {
      if (timingSafeEqual(digest, candidate.digest) && !match) match = candidate;
    }
    return match ? { role: match.role, keyId: match.keyId } : null;
  }

  /** The principal of a JSON API request (memoised per request object). */
  principalFor(request: { headers: IncomingHttpHeaders }): AdminPrincipal | null {
    if (this.resolved.has(request)) return this.resolved.get(request) ?? null;
    const principal = this.authenticate(presentedKey(request.headers));
    this.resolved.set(request, principal);
    return principal;
  }
}
