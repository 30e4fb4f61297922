/** Admin API roles, weakest first: each one can do everything the ones before it can. */
export const ADMIN_ROLES = ['viewer', 'operator', 'admin'] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];

const RANK: Record<AdminRole, number> = { viewer: 1, operator: 2, admin: 3 };

export function isAdminRole(value: string): value is AdminRole {
  return (ADMIN_ROLES as readonly string[]).includes(value);
}

/** admin ⊇ operator ⊇ viewer. */
export function roleSatisfies(actual: AdminRole, required: AdminRole): boolean {
  return RANK[actual] >= RANK[required];
}

/** Who called: the role of the matched key and a short, loggable id of it (never the key). */
export interface AdminPrincipal {
  role: AdminRole;
  /** First 12 hex digits of the configured sha256: enough to tell keys apart in logs. */
  keyId: string;
  /**
   * Set for a console owner signed in with a session cookie: such a caller reaches only the
   * routes marked @OwnerScope, and only their own mailboxes there (AdminAuthGuard).
   */
  userId?: string;
}

/** Can this caller see email content (generated replies, model reasoning, raw LLM output)? */
export function canSeeContent(principal: AdminPrincipal): boolean {
  return roleSatisfies(principal.role, 'operator');
}
