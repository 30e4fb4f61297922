import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { gmail_v1 } from 'googleapis';
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
import { GMAIL_QUOTA_COSTS, GmailEndpoint, GmailQuotaService } from './gmail-quota.service.js';
import { parseGmailMessage } from './mime-parser.js';

export interface GmailAdapterOptions {
  /** Per-request timeout, token refresh included. */
  timeoutMs?: number;
  /** Mailbox clients kept in memory (each holds an access token). */
  maxCachedClients?: number;
}
export const GMAIL_ADAPTER_OPTIONS = Symbol('GMAIL_ADAPTER_OPTIONS');

/** A runaway pagination loop would burn quota; no real mailbox has this many draft pages. */
const MAX_DRAFT_PAGES = 50;

/**
 * GmailClient over googleapis. Every call first takes quota units from the shared Redis bucket,
 * then goes out with googleapis' own retries disabled: retrying is the job queue's decision,
 * and hidden retries would spend quota behind the limiter's back.
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

  async getMessage(creds: GmailCredentials, messageId: string): Promise<ParsedEmail> {
    const data = await this.call(creds, 'messages.get', (g) =>
      g.users.messages.get({ userId: 'me', id: messageId, format: 'full' }),
    );
    return parseGmailMessage(data);
  }

  async listHistory(
    creds: GmailCredentials,
    startHistoryId: string,
    pageToken?: string,
  ): Promise<HistoryPage> {
    const data = await this.call(creds, 'history.list', (g) =>
      g.users.history.list({
        userId: 'me',
        startHistoryId,
        // One walk serves both the pipeline (INBOX mail) and the draft outcomes (sent mail,
        // removed drafts): no label filter, and no second history.list per sync.
        historyTypes: ['messageAdded', 'messageDeleted'],
        maxResults: 500,
        pageToken,
      }),
    );
    // Gmail omits empty arrays; one message may also appear in several records.
    const added = refsOf(data.history, 'messagesAdded');
    const deleted = refsOf(data.history, 'messagesDeleted');
    return {
      added,
      deleted,
      nextPageToken: data.nextPageToken ?? undefined,
      historyId: required(data.historyId, 'historyId'),
    };
  }

  async listMessages(
    creds: GmailCredentials,
    opts: { query?: string; labelIds?: string[]; maxResults: number },
  ): Promise<MessageRef[]> {
    const refs: MessageRef[] = [];
    if (opts.maxResults <= 0) return refs;
    let pageToken: string | undefined;
    do {
      const want = Math.min(500, opts.maxResults - refs.length);
      const data = await this.call(creds, 'messages.list', (g) =>
        g.users.messages.list({
          userId: 'me',
          q: opts.query,
          labelIds: opts.labelIds,
          maxResults: want,
          pageToken,
        }),
      );
      for (const m of data.messages ?? [])
        if (m.id) refs.push({ id: m.id, threadId: m.threadId ?? m.id });
      pageToken = data.nextPageToken ?? undefined;
    } while (pageToken && refs.length < opts.maxResults);
    return refs.slice(0, opts.maxResults);
  }

  async getThreadMetadata(
    creds: GmailCredentials,
    threadId: string,
    headers: string[],
  ): Promise<ThreadMessageMeta[]> {
    const data = await this.call(creds, 'threads.get', (g) =>
      g.users.threads.get({
        userId: 'me',
        id: threadId,
        format: 'metadata',
        metadataHeaders: headers,
      }),
    );
    return (data.messages ?? []).map((m) => ({
      id: m.id ?? '',
      labelIds: m.labelIds ?? [],
      headers: Object.fromEntries(
        (m.payload?.headers ?? []).map((h) => [(h.name ?? '').toLowerCase(), h.value ?? '']),
      ),
    }));
  }

  async createDraft(creds: GmailCredentials, draft: DraftInput): Promise<DraftInfo> {
    // JSON body, not a media upload: uploads ignore rootUrl (see shared/EXTERNAL-APIS.md).
    const data = await this.call(creds, 'drafts.create', (g) =>
      g.users.drafts.create({
        userId: 'me',
        requestBody: { message: { raw: toBase64Url(draft.raw), threadId: draft.threadId } },
      }),
    );
    return draftInfo(data);
  }

  async updateDraft(
    creds: GmailCredentials,
    draftId: string,
    draft: DraftInput,
  ): Promise<DraftInfo> {
    const data = await this.call(creds, 'drafts.update', (g) =>
      g.users.drafts.update({
        userId: 'me',
        id: draftId,
        requestBody: {
          id: draftId,
          message: { raw: toBase64Url(draft.raw), threadId: draft.threadId },
        },
      }),
    );
    return draftInfo(data);
  }

  async getDraft(creds: GmailCredentials, draftId: string): Promise<DraftInfo | null> {
    try {
      const data = await this.call(creds, 'drafts.get', (g) =>
        g.users.drafts.get({ userId: 'me', id: draftId, format: 'minimal' }),
      );
      return draftInfo(data);
    } catch (err) {
      if (err instanceof AppError && err.code === ErrorCodes.GMAIL_NOT_FOUND) return null;
      throw err;
    }
  }

  async listDrafts(creds: GmailCredentials): Promise<DraftInfo[]> {
    const drafts: DraftInfo[] = [];
    let pageToken: string | undefined;
    for (let page = 0; page < MAX_DRAFT_PAGES; page++) {
      const data = await this.call(creds, 'drafts.list', (g) =>
        g.users.drafts.list({ userId: 'me', maxResults: 500, pageToken }),
      );
      for (const d of data.drafts ?? []) if (d.id && d.message?.id) drafts.push(draftInfo(d));
      pageToken = data.nextPageToken ?? undefined;
      if (!pageToken) break;
    }
    return drafts;
  }

  async listLabels(creds: GmailCredentials): Promise<GmailLabel[]> {
    const data = await this.call(creds, 'labels.list', (g) =>
      g.users.labels.list({ userId: 'me' }),
    );
    return (data.labels ?? []).flatMap((l) => (l.id && l.name ? [{ id: l.id, name: l.name }] : []));
  }

  async createLabel(creds: GmailCredentials, name: string): Promise<GmailLabel> {
    const data = await this.call(creds, 'labels.create', (g) =>
      g.users.labels.create({
        userId: 'me',
        requestBody: { name, labelListVisibility: 'labelShow', messageListVisibility: 'show' },
      }),
    );
    return { id: required(data.id, 'label.id'), name: data.name ?? name };
  }

  async addLabels(
    creds: GmailCredentials,
    messageId: string,
    labelIds: string[],
  ): Promise<string[]> {
    const data = await this.call(creds, 'messages.modify', (g) =>
      g.users.messages.modify({
        userId: 'me',
        id: messageId,
        requestBody: { addLabelIds: labelIds },
      }),
    );
    return data.labelIds ?? [];
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
  private async call<T>(
    creds: GmailCredentials,
    endpoint: GmailEndpoint,
    request: (gmail: gmail_v1.Gmail) => Promise<{ data: T; status: number }>,
  ): Promise<T> {
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
  }

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

function toBase64Url(raw: string): string {
  return Buffer.from(raw, 'utf8').toString('base64url');
}

function required<T>(value: T | null | undefined, field: string): T {
  if (value === null || value === undefined || value === '') {
    throw new AppError(ErrorCodes.GMAIL_BAD_REQUEST, `Gmail answer lacks ${field}`, {
      status: 502,
    });
  }
  return value;
}

function refsOf(
  history: gmail_v1.Schema$History[] | undefined,
  key: 'messagesAdded' | 'messagesDeleted',
): HistoryPage['added'] {
  const seen = new Set<string>();
  const refs: HistoryPage['added'] = [];
  for (const record of history ?? []) {
    for (const { message } of record[key] ?? []) {
      if (!message?.id || seen.has(message.id)) continue;
      seen.add(message.id);
      refs.push({
        id: message.id,
        threadId: message.threadId ?? message.id,
        labelIds: message.labelIds ?? [],
      });
    }
  }
  return refs;
}

function draftInfo(draft: gmail_v1.Schema$Draft): DraftInfo {
  return {
    draftId: required(draft.id, 'draft.id'),
    messageId: required(draft.message?.id, 'draft.message.id'),
    threadId: required(draft.message?.threadId, 'draft.message.threadId'),
  };
}
