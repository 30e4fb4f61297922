import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ErrorCodes } from '../../../core/errors/app-error.js';
import { csrfMatches } from '../../accounts/session-token.js';
import { UserRepository } from '../../persistence/repositories/user.repository.js';
import { isUuid } from '../mailbox-ref.js';
import { AdminPrincipal, AdminRole, roleSatisfies } from './admin-role.js';
import { OWNER_SCOPE, type OwnerScopeKind } from './owner-scope.js';
import { PrincipalResolver } from './principal.resolver.js';

export const REQUIRED_ROLE = 'admin:required-role';

export type AdminRequest = FastifyRequest & { adminPrincipal?: AdminPrincipal };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Internal email ids are int4; anything else is taken as a Gmail message id.
const INTERNAL_ID = /^[1-9]\d{0,9}$/;
const INT4_MAX = 2_147_483_647;
const MAX_MESSAGE_ID = 200;

export function unauthorized(): AppError {
  return new AppError(
    ErrorCodes.UNAUTHORIZED,
    'A valid admin API key is required (Authorization: Bearer or X-API-Key)',
    {
      status: 401,
    },
  );
}

export function forbidden(principal: AdminPrincipal, required: AdminRole): AppError {
  return new AppError(ErrorCodes.FORBIDDEN, `This action requires the ${required} role`, {
    status: 403,
    details: { required_role: required, role: principal.role },
  });
}

const operatorsOnly = () =>
  new AppError(ErrorCodes.FORBIDDEN, 'This action is for operators (an admin API key)', {
    status: 403,
  });

// Another owner's mailbox answers exactly as a mailbox that does not exist.
const notFound = (what: 'mailbox' | 'email') =>
  new AppError(ErrorCodes.NOT_FOUND, what === 'mailbox' ? 'Unknown mailbox' : 'Unknown email', {
    status: 404,
  });

/**
 * 401 without a known key or live session, 403 when the key's role is too weak. A route without
 * @RequireRole needs `admin`: forgetting the decorator fails closed. A console owner (session
 * cookie) reaches only routes marked @OwnerScope, only their own mailboxes and emails there
 * (404 for anyone else's), and every write must carry the session's X-CSRF-Token.
 */
@Injectable()
export class AdminAuthGuard implements CanActivate {
  constructor(
    private readonly callers: PrincipalResolver,
    private readonly users: UserRepository,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const required =
      this.reflector.getAllAndOverride<AdminRole | undefined>(REQUIRED_ROLE, targets) ?? 'admin';
    const request = context.switchToHttp().getRequest<AdminRequest>();
    const caller = await this.callers.resolve(request);
    if (!caller) {
      void context
        .switchToHttp()
        .getResponse<FastifyReply>()
        .header('www-authenticate', 'Bearer realm="admin"');
      throw unauthorized();
    }
    const { principal } = caller;
    if (principal.userId !== undefined) {
      if (!SAFE_METHODS.has(request.method)) {
        if (
          !caller.sessionToken ||
          !csrfMatches(caller.sessionToken, request.headers['x-csrf-token'])
        )
          throw new AppError(ErrorCodes.FORBIDDEN, 'Missing or wrong X-CSRF-Token', {
            status: 403,
          });
      }
      const scope = this.reflector.getAllAndOverride<OwnerScopeKind | undefined>(
        OWNER_SCOPE,
        targets,
      );
      if (!scope) throw operatorsOnly();
      await this.confine(principal.userId, scope, request);
    }
    if (!roleSatisfies(principal.role, required)) throw forbidden(principal, required);
    request.adminPrincipal = principal;
    return true;
  }

  private async confine(userId: string, scope: OwnerScopeKind, request: AdminRequest) {
    if (scope === 'rows') return;
    const id = (request.params as Record<string, unknown> | undefined)?.id;
    if (typeof id !== 'string') throw notFound(scope);
    if (scope === 'mailbox') {
      if (!isUuid(id) || !(await this.users.ownsMailbox(userId, id))) throw notFound('mailbox');
      return;
    }
    const ref =
      INTERNAL_ID.test(id) && Number(id) <= INT4_MAX
        ? { id: Number(id) }
        : id.length <= MAX_MESSAGE_ID
          ? { messageId: id }
          : undefined;
    if (!ref || !(await this.users.ownsEmail(userId, ref))) throw notFound('email');
  }
}
