import { Injectable, Logger } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { GoogleConsentFactory } from '../gmail/google-consent.factory.js';
import { MailboxConnectService } from '../ingestion/mailbox-connect.service.js';
import { MailboxDisconnectService } from '../ingestion/mailbox-disconnect.service.js';
import type { MailboxEntity } from '../persistence/entities/mailbox.entity.js';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';
import { UserRepository } from '../persistence/repositories/user.repository.js';
import { RetentionService } from '../retention/retention.service.js';
import { AdminConfig } from './admin.config.js';
import { OAuthConsentRepository } from './oauth-consent.repository.js';
import type { AdminPrincipal } from './auth/admin-role.js';

/** Minutes a started consent may take before its callback is refused. */
const CONSENT_TTL_SECONDS = 10 * 60;
/** Longest `code` and `state` a callback may carry (Google's codes are ~75 characters). */
const MAX_PARAM = 512;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export interface StartedConsent {
  authorizationUrl: string;
  expiresAt: Date;
}

export interface DisconnectOutcome {
  mailbox: MailboxEntity;
  watchStopped: boolean;
  purged: { emails: number; pushes: number; notes: number } | null;
}

/**
 * Connecting a mailbox from a browser (Google's web-server flow with state and PKCE, beside the
 * CLI's loopback flow) and disconnecting one. The state is the only credential the callback
 * carries: random, used once, minutes long, stored only as its hash beside the PKCE verifier,
 * so a forged or replayed callback connects nothing and a stolen code is useless without the
 * verifier that never left the server.
 */
@Injectable()
export class MailboxConnectionService {
  private readonly logger = new Logger(MailboxConnectionService.name);

  constructor(
    private readonly config: AdminConfig,
    private readonly consents: GoogleConsentFactory,
    private readonly pending: OAuthConsentRepository,
    private readonly connector: MailboxConnectService,
    private readonly disconnector: MailboxDisconnectService,
    private readonly mailboxes: MailboxRepository,
    private readonly retention: RetentionService,
    private readonly users: UserRepository,
  ) {}

  async start(principal: AdminPrincipal): Promise<StartedConsent> {
    const redirectUri = this.config.GOOGLE_OAUTH_REDIRECT_URI;
    if (!redirectUri || !this.consents.configured)
      throw new AppError(
        'WEB_CONNECT_NOT_CONFIGURED',
        'Set GOOGLE_OAUTH_CLIENT_ID, GOOGLE_OAUTH_CLIENT_SECRET and GOOGLE_OAUTH_REDIRECT_URI to connect from a browser',
        { status: 409 },
      );
    const request = await this.consents
      .forRedirect(redirectUri)
      .request(randomBytes(32).toString('base64url'));
    const expiresAt = await this.pending.save(
      sha256(request.state),
      {
        codeVerifier: request.codeVerifier,
        requestedBy: principal.keyId,
        userId: principal.userId ?? null,
      },
      CONSENT_TTL_SECONDS,
    );
    this.logger.log({ keyId: principal.keyId }, 'web connect started');
    return { authorizationUrl: request.url, expiresAt };
  }

  /** Google's redirect back: the consent it answers, then the same connect as the CLI's. */
  async finish(query: { state?: string; code?: string; error?: string }): Promise<MailboxEntity> {
    const state = bounded(query.state);
    const consent = state ? await this.pending.take(sha256(state)) : undefined;
    if (!consent) throw refused('unknown, used or expired consent request');
    if (query.error !== undefined) throw refused('the Google account did not grant access');
    const code = bounded(query.code);
    if (!code) throw refused('no authorization code');
    const redirectUri = this.config.GOOGLE_OAUTH_REDIRECT_URI;
    if (!redirectUri) throw refused('web connect is not configured');
    let refreshToken: string;
    try {
      refreshToken = await this.consents
        .forRedirect(redirectUri)
        .refreshTokenFor(code, consent.codeVerifier);
    } catch {
      throw refused('Google refused the authorization code');
    }
    const mailbox = await this.connector.connect(refreshToken);
    // An owner's consent gives them the mailbox unless another owner has it: then the grant is
    // renewed (it is the same Google account) but the mailbox stays where it was.
    if (consent.userId && !(await this.users.claimMailbox(mailbox.id, consent.userId)))
      throw refused('this mailbox belongs to another console account; ask an operator');
    this.logger.log(
      { mailboxId: mailbox.id, keyId: consent.requestedBy },
      'mailbox connected from a browser',
    );
    return mailbox;
  }

  async disconnect(id: string, purge: boolean): Promise<DisconnectOutcome> {
    const mailbox = await this.mailboxes.findById(id);
    if (!mailbox)
      throw new AppError(ErrorCodes.NOT_FOUND, 'Unknown mailbox', {
        status: 404,
        details: { mailbox_id: id },
      });
    const result = await this.disconnector.disconnect(mailbox.emailAddress);
    if (!result) throw new AppError(ErrorCodes.NOT_FOUND, 'Unknown mailbox', { status: 404 });
    const purged = purge ? await this.retention.purgeMailbox(id) : null;
    return { ...result, purged };
  }
}

function bounded(value: string | undefined): string | undefined {
  return value && value.length <= MAX_PARAM ? value : undefined;
}

function refused(reason: string): AppError {
  return new AppError('CONSENT_REFUSED', `Mailbox not connected: ${reason}`, { status: 400 });
}
