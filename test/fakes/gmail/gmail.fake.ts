import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gmailMessage, type GmailMessageSpec } from './gmail-message.builder.js';
import { GmailFakeFaults, type FailSpec } from './gmail-fake.faults.js';
import {
  googleErrorBody,
  HttpError,
  matchRequest,
  queryObject,
  readBody,
  sendJson,
} from './gmail-fake.http.js';
import { GmailFakeOAuth } from './gmail-fake.oauth.js';
import { GmailPerson } from './gmail-fake.person.js';
import { gmailRoute } from './gmail-fake.routes.js';
import type { TextBodies } from './gmail-fake.mime.js';
import {
  FakeMailbox,
  type FakeDraft,
  type FakeLabel,
  type FakeMessage,
} from './gmail-fake.store.js';

export interface FakeRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  mailbox?: string;
  status?: number;
  body?: unknown;
}

export interface DeliverOptions {
  labelIds?: string[];
  /** Shorthand for labels SPAM + UNREAD (no INBOX), as Gmail files spam. */
  spam?: boolean;
  internalDate?: number;
  /** Overrides the fake's `textBodies` for this message. */
  textBodies?: TextBodies;
}

export type { FailSpec } from './gmail-fake.faults.js';

const DEFAULT_LABELS = ['UNREAD', 'CATEGORY_PERSONAL', 'INBOX'];

/**
 * Local stand-in for the Gmail REST API (the subset this service uses) and Google's OAuth token
 * endpoint, so tests, benches and `npm run demo` drive the real googleapis client over HTTP. The
 * Bearer access token picks the mailbox; access tokens come from the token endpoint for a
 * refresh token.
 *
 *   const gmail = new GmailFake(); await gmail.start();
 *   const { refreshToken } = gmail.addMailbox('alice@example.com');
 *   gmail.deliver('alice@example.com', { subject: 'Hi', text: 'Hello' });
 *   gmail.failNext('GET /gmail/v1/users/me/history', { status: 429, retryAfter: 7 });
 */
export class GmailFake {
  readonly requests: FakeRequest[] = [];
  private server?: Server;
  private origin = '';
  private readonly mailboxes = new Map<string, FakeMailbox>();
  private readonly oauth: GmailFakeOAuth;
  private readonly faults = new GmailFakeFaults();

  constructor(
    private readonly options: {
      clientId?: string;
      clientSecret?: string;
      accessTokenTtlSeconds?: number;
      /**
       * How `format=full` serves text bodies: 'converted' (default) to UTF-8 with the header's
       * charset kept, as Gmail is reported to do, or 'original' bytes (gmail-fake.mime.ts).
       */
      textBodies?: TextBodies;
    } = {},
  ) {
    this.oauth = new GmailFakeOAuth(options, (email) => this.addMailbox(email).refreshToken);
  }

  get rootUrl(): string {
    return `${this.origin}/`;
  }

  get tokenUrl(): string {
    return `${this.origin}/token`;
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Creates a mailbox and a refresh token that grants access to it. */
  addMailbox(
    email: string,
    refreshToken = `1//fake-${randomBytes(12).toString('hex')}`,
  ): { email: string; refreshToken: string } {
    if (!this.mailboxes.has(email))
      this.mailboxes.set(email, new FakeMailbox(email, this.options.textBodies));
    this.oauth.grant(email, refreshToken);
    return { email, refreshToken };
  }

  /** The user removed our access: refresh answers invalid_grant and issued access tokens die. */
  revoke(refreshToken: string): void {
    this.oauth.revoke(refreshToken);
  }

  /** Plays the consent screen: the code Google would put on the redirect (gmail-fake.oauth.ts). */
  authorize(email: string): string {
    this.mailbox(email);
    return this.oauth.authorize(email);
  }

  /** The Google account the consent page (`GET /o/oauth2/v2/auth`) grants, as if signed in. */
  signInAs(email: string): void {
    this.oauth.signInAs(email);
  }

  /** Stores an incoming message (raw RFC 822 or builder spec), threads it and records history. */
  deliver(email: string, message: string | Buffer | GmailMessageSpec, opts: DeliverOptions = {}) {
    const raw = Buffer.isBuffer(message)
      ? message
      : Buffer.from(typeof message === 'string' ? message : gmailMessage(message), 'utf8');
    const labels = opts.labelIds ?? (opts.spam ? ['SPAM', 'UNREAD'] : DEFAULT_LABELS);
    const stored = this.mailbox(email).insert(raw, labels, {
      internalDate: opts.internalDate,
      textBodies: opts.textBodies,
    });
    return { id: stored.id, threadId: stored.threadId, historyId: stored.historyId };
  }

  /** Makes the next `times` matching requests fail. Pattern: 'GET /gmail/v1/users/me/history', '*' = segment. */
  failNext(pattern: string | RegExp, spec: FailSpec): void {
    this.faults.add(pattern, spec);
  }

  count(pattern: string | RegExp): number {
    return this.requests.filter((r) => matchRequest(pattern, r.method, r.path)).length;
  }

  mailbox(email: string): FakeMailbox {
    const mb = this.mailboxes.get(email);
    if (!mb) throw new Error(`GmailFake: unknown mailbox ${email} (call addMailbox first)`);
    return mb;
  }

  drafts(email: string): (FakeDraft & { message: FakeMessage })[] {
    const mb = this.mailbox(email);
    return [...mb.drafts.values()].map((d) => ({ ...d, message: mb.messages.get(d.messageId)! }));
  }

  threads(email: string): { id: string; messageIds: string[] }[] {
    return [...this.mailbox(email).threads].map(([id, messageIds]) => ({
      id,
      messageIds: [...messageIds],
    }));
  }

  message(email: string, id: string): FakeMessage | undefined {
    return this.mailbox(email).messages.get(id);
  }

  historyId(email: string): string {
    return String(this.mailbox(email).historyId);
  }

  /** history.list with a startHistoryId below this answers 404, as after Gmail expires history. */
  setHistoryFloor(email: string, historyId: string | number): void {
    this.mailbox(email).historyFloor = Number(historyId);
  }

  /** Names of the message's labels (user labels by name, system labels by id). */
  labelNames(email: string, messageId: string): string[] {
    const mb = this.mailbox(email);
    const message = mb.messages.get(messageId);
    if (!message) throw new Error(`GmailFake: unknown message ${messageId}`);
    return message.labelIds.map((id) => mb.labels.get(id)?.name ?? id);
  }

  /** The user labels of the mailbox, as labels.list shows them. */
  userLabels(email: string): FakeLabel[] {
    return [...this.mailbox(email).labels.values()].filter((l) => l.type === 'user');
  }

  /** The user takes a label off a message in Gmail (recorded in history as labelsRemoved). */
  removeLabelByUser(email: string, messageId: string, labelName: string): void {
    const mb = this.mailbox(email);
    const label = [...mb.labels.values()].find((l) => l.name === labelName);
    if (!label) throw new Error(`GmailFake: unknown label ${labelName}`);
    mb.relabel(messageId, [], [label.id]);
  }

  /** The user edits the draft in Gmail: same draft id, new message id (and optionally new content). */
  simulateUserEdit(draftId: string, raw?: string | Buffer): FakeDraft {
    const { mb, draft } = this.findDraft(draftId);
    const current = mb.messages.get(draft.messageId)!;
    const next =
      raw === undefined ? current.raw : Buffer.isBuffer(raw) ? raw : Buffer.from(raw, 'utf8');
    return mb.replaceDraft(draftId, next, current.threadId)!;
  }

  /** The user sends the draft: it leaves the drafts, a new SENT message joins the thread. */
  sendDraft(draftId: string): FakeMessage {
    const { mb } = this.findDraft(draftId);
    return mb.sendDraft(draftId)!;
  }

  /** The mailbox's owner acting in Gmail's UI: send, edit then send, discard, reply instead. */
  person(email: string): GmailPerson {
    return new GmailPerson(this.mailbox(email));
  }

  private findDraft(draftId: string): { mb: FakeMailbox; draft: FakeDraft } {
    for (const mb of this.mailboxes.values()) {
      const draft = mb.drafts.get(draftId);
      if (draft) return { mb, draft };
    }
    throw new Error(`GmailFake: unknown draft ${draftId}`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const method = req.method ?? 'GET';
    const entry: FakeRequest = { method, path: url.pathname, query: queryObject(url.searchParams) };
    this.requests.push(entry);
    try {
      const body = await readBody(req);
      entry.body =
        body.json ?? (body.form ? Object.fromEntries(body.form) : body.text || undefined);
      const fault = await this.faults.apply(req, method, url.pathname);
      if (fault === 'dropped') {
        entry.status = 0;
        return;
      }
      if (fault === 'drop-after') {
        // Serve into a throw-away response, then cut the connection.
        res.write = () => true;
        res.end = (() => {
          req.socket.destroy();
          return res;
        }) as typeof res.end;
      }
      if (url.pathname === '/token' && method === 'POST')
        return this.answer(res, entry, 200, this.oauth.token(body.form));
      if (url.pathname === '/o/oauth2/v2/auth' && method === 'GET') {
        const page = this.oauth.consent(url.searchParams);
        return this.answer(res, entry, page.status, page.body, page.headers);
      }
      const m = /^\/gmail\/v1\/users\/([^/]+)\/(.+)$/.exec(url.pathname);
      if (!m) throw new HttpError(404, googleErrorBody(404, `No route for ${url.pathname}`));
      const mb = this.authenticate(req, decodeURIComponent(m[1]!));
      entry.mailbox = mb.email;
      const result = gmailRoute(
        mb,
        method,
        m[2]!.split('/').map(decodeURIComponent),
        url.searchParams,
        body.json,
      );
      this.answer(res, entry, result.status, result.body);
    } catch (err) {
      if (err instanceof HttpError)
        return this.answer(res, entry, err.status, err.body, err.headers);
      this.answer(res, entry, 500, googleErrorBody(500, `fake crashed: ${(err as Error).message}`));
    }
  }

  private answer(
    res: ServerResponse,
    entry: FakeRequest,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    entry.status = status;
    sendJson(res, status, body, headers);
  }

  private authenticate(req: IncomingMessage, userId: string): FakeMailbox {
    const email = this.oauth.holderOf(req.headers.authorization);
    if (!email)
      throw new HttpError(401, googleErrorBody(401), {
        'www-authenticate': 'Bearer realm="https://accounts.google.com/"',
      });
    if (userId !== 'me' && userId !== email)
      throw new HttpError(403, googleErrorBody(403, 'Delegation denied', 'forbidden'));
    return this.mailbox(email);
  }
}
