import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import { Injectable, Logger, OnApplicationBootstrap, Optional } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectThrottlerStorage, type ThrottlerStorage } from '@nestjs/throttler';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { AdminConfig } from '../admin.config.js';
import { ErrorCodes } from '../../../core/errors/app-error.js';
import { JobQueueService } from '../../../core/queue/job-queue.service.js';
import { AUDIT_MESSAGE, auditFields } from '../auth/admin-audit.js';
import { AdminPrincipal, AdminRole, roleSatisfies } from '../auth/admin-role.js';
import { ADMIN_THROTTLER } from '../auth/admin-throttler.guard.js';
import { ApiKeyService } from '../auth/api-key.service.js';
import { presentedKey, usesBasicAuth } from '../auth/presented-key.js';

export const QUEUE_DASHBOARD_PATH = '/api/admin/queues';
/** The dashboard can retry, clean and remove jobs: operators and admins only. */
export const QUEUE_DASHBOARD_ROLE: AdminRole = 'operator';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const WINDOW_MS = 60_000;

/**
 * bull-board for the four queues at /api/admin/queues, mounted on Fastify directly (it is not
 * a Nest route, so Nest guards do not see it): an onRequest hook in the dashboard's own
 * encapsulated scope applies the same API keys, the operator role and the admin rate limit.
 * Browsers log in with HTTP Basic (any user name, the API key as password); scripts may send
 * X-API-Key or Bearer as everywhere else.
 */
@Injectable()
export class QueueDashboardService implements OnApplicationBootstrap {
  private readonly logger = new Logger(QueueDashboardService.name);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly jobs: JobQueueService,
    private readonly keys: ApiKeyService,
    private readonly config: AdminConfig,
    // Absent only when the module is used without ThrottlerModule (never in the api role).
    @Optional() @InjectThrottlerStorage() private readonly throttle?: ThrottlerStorage,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify || typeof fastify.register !== 'function') return;
    const board = new BullBoardFastifyAdapter();
    board.setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: Object.values(this.jobs.queues()).map((queue) => new BullMQAdapter(queue)),
      serverAdapter: board,
      options: { uiConfig: { boardTitle: 'AI Email Assistant' } },
    });
    await fastify.register(
      async (scope) => {
        scope.addHook('onRequest', (request, reply) => this.authorize(request, reply));
        scope.addHook('onResponse', (request, reply, done) => {
          this.audit(request, reply.statusCode);
          done();
        });
        await scope.register(board.registerPlugin());
      },
      { prefix: QUEUE_DASHBOARD_PATH },
    );
    this.logger.log(`queue dashboard mounted at ${QUEUE_DASHBOARD_PATH}`);
  }

  /**
   * Fastify onRequest hook: answers 401/403/429 and returns the reply (which ends the request,
   * as Fastify wants from async hooks), or returns nothing to let the request through.
   */
  async authorize(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    const principal = this.keys.authenticate(presentedKey(request.headers, { allowBasic: true }));
    if (await this.overLimit(request, principal)) {
      return deny(request, reply, 429, ErrorCodes.RATE_LIMITED, 'Too many requests');
    }
    if (!principal) {
      void reply.header('www-authenticate', 'Basic realm="queue dashboard", charset="UTF-8"');
      return deny(
        request,
        reply,
        401,
        ErrorCodes.UNAUTHORIZED,
        'A valid admin API key is required',
      );
    }
    if (!roleSatisfies(principal.role, QUEUE_DASHBOARD_ROLE)) {
      return deny(
        request,
        reply,
        403,
        ErrorCodes.FORBIDDEN,
        `The queue dashboard requires the ${QUEUE_DASHBOARD_ROLE} role`,
        {
          required_role: QUEUE_DASHBOARD_ROLE,
          role: principal.role,
        },
      );
    }
    // Browsers re-send Basic credentials on their own, so a state-changing request carrying
    // them must come from the dashboard's own pages (no cross-site request forgery).
    if (
      !SAFE_METHODS.has(request.method) &&
      usesBasicAuth(request.headers) &&
      isCrossSite(request)
    ) {
      return deny(request, reply, 403, ErrorCodes.FORBIDDEN, 'Cross-site request refused');
    }
    if (!SAFE_METHODS.has(request.method)) AUDITED.set(request, principal);
    return undefined;
  }

  /**
   * Audit line for every authorised state-changing dashboard call (retry, clean, promote,
   * remove, pause, ...): the key's id and role, the route template and the queue/job it named.
   */
  private audit(request: FastifyRequest, status: number): void {
    const principal = AUDITED.get(request);
    if (!principal) return;
    const params = (request.params ?? {}) as Record<string, unknown>;
    this.logger.log(
      auditFields(
        principal,
        `${request.method} ${request.routeOptions.url ?? QUEUE_DASHBOARD_PATH}`,
        {
          queue: boundedParam(params.queueName),
          jobId: boundedParam(params.jobId),
          queueStatus: boundedParam(params.queueStatus),
          status,
        },
      ),
      AUDIT_MESSAGE,
    );
  }

  private async overLimit(
    request: FastifyRequest,
    principal: AdminPrincipal | null,
  ): Promise<boolean> {
    if (!this.throttle) return false;
    const tracker = principal ? `api-key:${principal.keyId}` : request.ip;
    const key = createHash('sha256').update(`queue-dashboard-${tracker}`).digest('hex');
    const limit = this.config.ADMIN_RATE_LIMIT_PER_MINUTE;
    const record = await this.throttle.increment(key, WINDOW_MS, limit, WINDOW_MS, ADMIN_THROTTLER);
    return record.isBlocked;
  }
}

/** Authorised mutations awaiting their audit line (dropped with the request object). */
const AUDITED = new WeakMap<FastifyRequest, AdminPrincipal>();

function boundedParam(value: unknown): string | undefined {
  return typeof value === 'string' ? value.slice(0, 200) : undefined;
}

function isCrossSite(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') return site !== 'same-origin' && site !== 'none';
  const origin = request.headers.origin;
  if (typeof origin !== 'string') return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

function deny(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  details: Record<string, unknown> | null = null,
): FastifyReply {
  return reply
    .status(status)
    .header('content-type', 'application/json; charset=utf-8')
    .send({
      error: {
        code,
        message,
        details,
        timestamp: new Date().toISOString(),
        request_id: (request.raw as { id?: string }).id ?? null,
      },
    });
}
