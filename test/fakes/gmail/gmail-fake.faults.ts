import type { IncomingMessage } from 'node:http';
import { googleErrorBody, HttpError, matchRequest } from './gmail-fake.http.js';

export interface FailSpec {
  status: number;
  times?: number;
  retryAfter?: number;
  body?: unknown;
  /** errors[0].reason in the default Google error body (e.g. rateLimitExceeded). */
  reason?: string;
  /** Destroy the socket instead of answering (network error). */
  dropConnection?: boolean;
  /** Wait this long before answering (client timeouts). With a 2xx status: delay, then serve normally. */
  delayMs?: number;
  /**
   * With dropConnection: perform the request first, then drop the socket instead of answering
   * (the effect happened, the caller never learns it: the crash window after an external call).
   */
  afterEffect?: boolean;
}

/** The failures tests inject with GmailFake.failNext, matched against each request in turn. */
export class GmailFakeFaults {
  private readonly faults: { pattern: string | RegExp; spec: FailSpec; left: number }[] = [];

  add(pattern: string | RegExp, spec: FailSpec): void {
    this.faults.push({ pattern, spec, left: spec.times ?? 1 });
  }

  /** Injected failure for this request, if any: throws the error answer or drops the socket. */
  async apply(
    req: IncomingMessage,
    method: string,
    path: string,
  ): Promise<'dropped' | 'drop-after' | void> {
    const fault = this.faults.find((f) => f.left > 0 && matchRequest(f.pattern, method, path));
    if (!fault) return;
    fault.left -= 1;
    const { spec } = fault;
    if (spec.delayMs) await new Promise((r) => setTimeout(r, spec.delayMs));
    if (spec.dropConnection && spec.afterEffect) return 'drop-after';
    if (spec.dropConnection) {
      req.socket.destroy();
      return 'dropped';
    }
    // A 2xx "fault" only delays; the request is then served normally.
    if (spec.status >= 200 && spec.status < 300) return;
    const headers: Record<string, string> =
      spec.retryAfter !== undefined ? { 'retry-after': String(spec.retryAfter) } : {};
    throw new HttpError(
      spec.status,
      spec.body ?? googleErrorBody(spec.status, undefined, spec.reason),
      headers,
    );
  }
}
