import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ErrorCodes } from '../../../core/errors/app-error.js';
import { AdminPrincipal, AdminRole, roleSatisfies } from './admin-role.js';
import { ApiKeyService } from './api-key.service.js';

export const REQUIRED_ROLE = 'admin:required-role';

export type AdminRequest = FastifyRequest & { adminPrincipal?: AdminPrincipal };

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

/**
 * 401 without a known key, 403 when the key's role is too weak. A route without @RequireRole
 * needs `admin`: forgetting the decorator fails closed.
 */
@Injectable()
export class AdminAuthGuard implements CanActivate {
  constructor(
    private readonly keys: ApiKeyService,
    private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const required =
      this.reflector.getAllAndOverride<AdminRole | undefined>(REQUIRED_ROLE, [
        context.getHandler(),
        context.getClass(),
      ]) ?? 'admin';
    const request = context.switchToHttp().getRequest<AdminRequest>();
    const principal = this.keys.principalFor(request);
    if (!principal) {
      void context
        .switchToHttp()
        .getResponse<FastifyReply>()
        .header('www-authenticate', 'Bearer realm="admin"');
      throw unauthorized();
    }
    if (!roleSatisfies(principal.role, required)) throw forbidden(principal, required);
    request.adminPrincipal = principal;
    return true;
  }
}
