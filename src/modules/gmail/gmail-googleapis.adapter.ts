import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter } from 'prom-client';
import { GmailConfig } from './gmail.config.js';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { Metric } from '../../core/metrics/metric-names.js';
import { GmailClientCache } from './gmail-client.cache.js';
import {
  DraftInfo,
  DraftInput,
  GmailClient,
  GmailCredentials,
  GmailLabel,
  HistoryPage,
  MessageRef,
  ParsedEmail,
  ThreadMessageMeta,
} from './gmail-client.port.js';
import { statusLabel, translateGmailError } from './gmail-error.translator.js';
import { GMAIL_QUOTA_COSTS, GmailQuotaService } from './gmail-quota.service.js';
import * as drafts from './gmail-draft.requests.js';
import * as labels from './gmail-label.requests.js';
import * as messages from './gmail-message.requests.js';
import { type GmailCall, required } from './gmail-request.js';

export interface GmailAdapterOptions {
  /** Per-request timeout, token refresh included. */
  timeoutMs?: number;
  /** Mailbox clients kept in memory (each holds an access token). */
  maxCachedClients?: number;
}
export const GMAIL_ADAPTER_OPTIONS = Symbol('GMAIL_ADAPTER_OPTIONS');

/**
 * GmailClient over googleapis. Every call first takes quota units from the shared Redis bucket,
 * then goes out with googleapis' own retries disabled: retrying is the job queue's decision,
 * and hidden retries would spend quota behind the limiter's back. The message, draft and label
 * requests live in gmail-*.requests.ts and go through `call`.
 */
@Injectable()
export class GmailGoogleapisAdapter extends GmailClient {
  private readonly clients: GmailClientCache;

  constructor(
    private readonly config: GmailConfig,
    private readonly quota: GmailQuotaService,
    @InjectMetric(Metric.GmailCalls) private readonly calls: Counter<string>,
    @InjectMetric(Metric.GmailQuotaUnits) private readonly quotaUnits: Counter<string>,
    @Optional() @Inject(GMAIL_ADAPTER_OPTIONS) options: GmailAdapterOptions = {},
  ) {
    super();
    this.clients = new GmailClientCache(
      config,
      options.timeoutMs ?? 30_000,
      options.maxCachedClients ?? 500,
    );
  }

  async getProfile(creds: GmailCredentials): Promise<{ emailAddress: string; historyId: string }> {
    const data = await this.call(creds, 'getProfile', (g) => g.users.getProfile({ userId: 'me' }));
    return {
      emailAddress: data.emailAddress ?? creds.emailAddress,
      historyId: required(data.historyId, 'historyId'),
    };
  }

  getMessage(creds: GmailCredentials, messageId: string): Promise<ParsedEmail> {
    return messages.get(this.call, creds, messageId);
  }

  listHistory(
    creds: GmailCredentials,
    startHistoryId: string,
    pageToken?: string,
  ): Promise<HistoryPage> {
    return messages.history(this.call, creds, startHistoryId, pageToken);
  }

  listMessages(
    creds: GmailCredentials,
    opts: { query?: string; labelIds?: string[]; maxResults: number },
  ): Promise<MessageRef[]> {
    return messages.list(this.call, creds, opts);
  }

  getThreadMetadata(
    creds: GmailCredentials,
    threadId: string,
    headers: string[],
  ): Promise<ThreadMessageMeta[]> {
    return messages.threadMetadata(this.call, creds, threadId, headers);
  }

  createDraft(creds: GmailCredentials, draft: DraftInput): Promise<DraftInfo> {
    return drafts.create(this.call, creds, draft);
  }

  updateDraft(creds: GmailCredentials, draftId: string, draft: DraftInput): Promise<DraftInfo> {
    return drafts.update(this.call, creds, draftId, draft);
  }

  getDraft(creds: GmailCredentials, draftId: string): Promise<DraftInfo | null> {
    return drafts.get(this.call, creds, draftId);
  }

  listDrafts(creds: GmailCredentials): Promise<DraftInfo[]> {
    return drafts.list(this.call, creds);
  }

  listLabels(creds: GmailCredentials): Promise<GmailLabel[]> {
    return labels.list(this.call, creds);
  }

  createLabel(creds: GmailCredentials, name: string): Promise<GmailLabel> {
    return labels.create(this.call, creds, name);
  }

  addLabels(creds: GmailCredentials, messageId: string, labelIds: string[]): Promise<string[]> {
    return labels.add(this.call, creds, messageId, labelIds);
  }

  async watch(
    creds: GmailCredentials,
    topicName: string,
  ): Promise<{ historyId: string; expiration: Date }> {
    const data = await this.call(creds, 'watch', (g) =>
      g.users.watch({
        userId: 'me',
        requestBody: { topicName, labelIds: ['INBOX'], labelFilterBehavior: 'INCLUDE' },
      }),
    );
    return {
      historyId: required(data.historyId, 'historyId'),
      expiration: new Date(Number(required(data.expiration, 'expiration'))),
    };
  }

  async stop(creds: GmailCredentials): Promise<void> {
    await this.call(creds, 'stop', (g) => g.users.stop({ userId: 'me' }));
  }

  /** Quota → request → metrics → error translation, for every Gmail call. */
  private readonly call: GmailCall = async (creds, endpoint, request) => {
    const units = GMAIL_QUOTA_COSTS[endpoint];
    await this.quota.acquire(creds.mailboxId, units);
    this.quotaUnits.inc({ endpoint }, units);
    try {
      const res = await request(this.clients.get(creds).gmail);
      this.calls.inc({ endpoint, status: String(res.status) });
      return res.data;
    } catch (err) {
      this.calls.inc({ endpoint, status: statusLabel(err) });
      const status = (err as { response?: { status?: number } }).response?.status;
      if (status === 401 && !isTokenEndpointError(err, this.config.GOOGLE_OAUTH_TOKEN_URL))
        throw await this.unauthorized(creds, endpoint, err);
      throw translateGmailError(err, endpoint, this.config.GOOGLE_OAUTH_TOKEN_URL);
    }
  };

  /**
   * Gmail refused a token we believed valid (revoked access, or expired early). The cached token
   * would keep failing until expiry, so drop it and ask the token endpoint once: invalid_grant
   * means the grant is gone; otherwise the next attempt works with the fresh token.
   */
  private async unauthorized(
    creds: GmailCredentials,
    endpoint: string,
    original: unknown,
  ): Promise<AppError> {
    this.clients.evict(creds.mailboxId);
    try {
      await this.clients.get(creds).auth.getAccessToken();
    } catch (err) {
      return translateGmailError(err, endpoint, this.config.GOOGLE_OAUTH_TOKEN_URL);
    }
    return new AppError(
      ErrorCodes.GMAIL_UNAVAILABLE,
      `Gmail ${endpoint} answered 401; access token refreshed, retry`,
      {
        retryable: true,
        status: 503,
        cause: original,
        details: { endpoint, reason: 'unauthorized' },
      },
    );
  }
}

function isTokenEndpointError(err: unknown, tokenUrl: string): boolean {
  const url = (err as { config?: { url?: unknown } }).config?.url;
  return url !== undefined && String(url).startsWith(tokenUrl);
}
