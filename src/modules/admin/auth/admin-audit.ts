import type { AdminPrincipal } from './admin-role.js';

/**
 * Fields of an audit log line for a state-changing admin call: who (the key's short id and role,
 * never the key), which route (its template, never the raw URL and its query) and the target ids
 * the caller passes in. Lines are written at info with the message `admin action`.
 */
export function auditFields(
  principal: AdminPrincipal,
  route: string,
  targets: Record<string, string | number | boolean | null | undefined>,
): Record<string, unknown> {
  return { audit: true, keyId: principal.keyId, role: principal.role, route, ...targets };
}

export const AUDIT_MESSAGE = 'admin action';
