import { BeforeApplicationShutdown, Controller, MessageEvent, Sse } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  distinctUntilChanged,
  finalize,
  from,
  map,
  merge,
  Observable,
  Subject,
  switchMap,
  takeUntil,
  throwError,
  timer,
} from 'rxjs';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { AdminApi, Principal, RequireRole } from './auth/admin-auth.decorators.js';
import type { AdminPrincipal } from './auth/admin-role.js';
import { OwnerScope } from './auth/owner-scope.js';
import { EmailQueryRepository } from './email-query.repository.js';

/** How often a stream looks for changes: "live" for a person, a few cheap queries a minute. */
const POLL_MS = 2_000;
/** Streams one caller may hold open in this process (tabs, reconnects). */
const MAX_STREAMS = 5;
/**
 * A stream ends after this long and the browser's EventSource reconnects through the auth
 * guard: a signed-out or expired session stops getting events within this time.
 */
const STREAM_MAX_MS = 5 * 60_000;

/**
 * Live activity for the console: a server-sent `activity` event whenever the caller's emails
 * change (a new email, a run moving on), scoped like GET /v1/emails. The event carries only an
 * opaque marker; the console then reads the list through the ordinary, authorised route.
 */
@ApiTags('emails')
@AdminApi()
@RequireRole('viewer')
@Controller('v1/events')
export class ActivityEventsController implements BeforeApplicationShutdown {
  private readonly open = new Map<string, number>();
  // Open streams would otherwise hold the HTTP server's shutdown for its whole grace period.
  private readonly closing = new Subject<void>();

  constructor(private readonly query: EmailQueryRepository) {}

  beforeApplicationShutdown(): void {
    this.closing.next();
  }

  @Sse()
  @OwnerScope('rows')
  @ApiOperation({
    summary:
      'Server-sent events: `activity` whenever the caller’s emails change. Role: viewer; owners see their own.',
  })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: 'An event stream of `activity` events', type: String })
  stream(@Principal() principal: AdminPrincipal): Observable<MessageEvent> {
    const who = principal.userId ?? principal.keyId;
    const count = this.open.get(who) ?? 0;
    if (count >= MAX_STREAMS)
      return throwError(
        () => new AppError(ErrorCodes.RATE_LIMITED, 'Too many open event streams', { status: 429 }),
      );
    this.open.set(who, count + 1);
    return timer(0, POLL_MS).pipe(
      switchMap(() => from(this.query.activityMarker(principal.userId))),
      distinctUntilChanged(),
      map((marker) => ({ type: 'activity', data: { marker } })),
      takeUntil(merge(timer(STREAM_MAX_MS), this.closing)),
      finalize(() => {
        const left = (this.open.get(who) ?? 1) - 1;
        if (left > 0) this.open.set(who, left);
        else this.open.delete(who);
      }),
    );
  }
}
