import { SetMetadata } from '@nestjs/common';

export const OWNER_SCOPE = 'admin:owner-scope';

/**
 * How a route is confined for a console owner (AdminAuthGuard):
 * - `mailbox`: `:id` is a mailbox id, which must be one of theirs (else 404);
 * - `email`: `:id` is an email (internal or Gmail id) of one of their mailboxes (else 404);
 * - `rows`: the route takes the principal and reads only the owner's rows itself.
 * A route without it is for API keys only: an owner gets 403.
 */
export type OwnerScopeKind = 'mailbox' | 'email' | 'rows';

export const OwnerScope = (kind: OwnerScopeKind) => SetMetadata(OWNER_SCOPE, kind);
