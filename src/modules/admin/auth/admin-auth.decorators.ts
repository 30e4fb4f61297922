import {
  applyDecorators,
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiSecurity,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { requestIdFor } from '../../../core/logging/logger.options.js';
import { ErrorResponseDto } from '../dto/error-response.dto.js';
import { AdminAuthGuard, AdminRequest, REQUIRED_ROLE } from './admin-auth.guard.js';
import { AdminPrincipal, AdminRole } from './admin-role.js';

/** Minimum role for a route (or every route of a controller). */
export const RequireRole = (role: AdminRole) => SetMetadata(REQUIRED_ROLE, role);

/**
 * Class decorator of every admin controller: API-key guard, both documented security schemes,
 * the common error responses, and only the `admin` rate limit (not the webhook's).
 */
export function AdminApi(): ClassDecorator {
  return applyDecorators(
    UseGuards(AdminAuthGuard),
    SkipThrottle({ webhook: true }),
    ApiBearerAuth('api-key'),
    ApiSecurity('x-api-key'),
    ApiSecurity('session'),
    ApiUnauthorizedResponse({ description: 'Missing or unknown API key', type: ErrorResponseDto }),
    ApiForbiddenResponse({
      description: 'The key’s role is too weak for this route',
      type: ErrorResponseDto,
    }),
    ApiTooManyRequestsResponse({
      description: 'Rate limit per key (or IP) exceeded',
      type: ErrorResponseDto,
    }),
  );
}

/** The authenticated caller, set by AdminAuthGuard. */
export const Principal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AdminPrincipal => {
    const principal = context.switchToHttp().getRequest<AdminRequest>().adminPrincipal;
    // Only reachable if a route forgot AdminApi(); refuse rather than treat the caller as anyone.
    if (!principal) throw new Error('Principal used on a route without AdminAuthGuard');
    return principal;
  },
);

/**
 * Correlation id for work this request enqueues: the request's own id (the caller's X-Request-Id
 * when it is sane, else a uuid; echoed in X-Request-Id and in the request's log lines), so one
 * id follows request, response and job.
 */
export const CorrelationId = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string => {
    const request = context.switchToHttp().getRequest<AdminRequest>();
    return (request as { id?: string }).id ?? requestIdFor(request.raw);
  },
);
