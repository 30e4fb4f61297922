import { Injectable, Logger } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { GmailCredentials } from '../gmail/gmail-client.port.js';
import { TokenCipher } from './token-cipher.service.js';
import { MailboxEntity } from '../persistence/entities/mailbox.entity.js';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';

const MAX_DECRYPTED = 1_000;

/** Decrypts a mailbox's grant for a Gmail call, and parks the mailbox when Google revoked it. */
@Injectable()
export class MailboxCredentialsService {
  private readonly logger = new Logger(MailboxCredentialsService.name);
  /**
   * (Mailbox, ciphertext) → refresh token, so every email's claim does not run AES-GCM again on
   * a grant already opened. Holds no more than GmailClientCache already holds (the same tokens,
   * in its OAuth clients); a re-connected or re-encrypted mailbox has a new ciphertext, so
   * nothing goes stale. Keyed by the mailbox too: a ciphertext decrypts only for the mailbox it
   * was sealed for, and a copy of it in another row must fail there, not hit this cache.
   */
  private readonly decrypted = new LRUCache<string, string>({ max: MAX_DECRYPTED });

  constructor(
    private readonly mailboxes: MailboxRepository,
    private readonly cipher: TokenCipher,
  ) {}

  async forMailbox(mailbox: MailboxEntity): Promise<GmailCredentials> {
    return this.fromEncrypted(mailbox, await this.mailboxes.getEncryptedToken(mailbox.id));
  }

  /** The same from a token already read with the mailbox (the pipeline loads both at once). */
  fromEncrypted(mailbox: MailboxEntity, encrypted: string | null): GmailCredentials {
    if (!encrypted) {
      throw new AppError(
        ErrorCodes.GMAIL_AUTH_REVOKED,
        'mailbox has no stored OAuth grant; run npm run gmail:connect',
        {
          retryable: false,
        },
      );
    }
    return {
      mailboxId: mailbox.id,
      emailAddress: mailbox.emailAddress,
      refreshToken: this.decrypt(mailbox.id, encrypted),
    };
  }

  private decrypt(mailboxId: string, encrypted: string): string {
    // A uuid never contains a space, so the pair maps to one key only.
    const cacheKey = `${mailboxId} ${encrypted}`;
    let token = this.decrypted.get(cacheKey);
    if (token === undefined) {
      token = this.cipher.decrypt(encrypted, mailboxId);
      this.decrypted.set(cacheKey, token);
    }
    return token;
  }

  /**
   * A revoked grant cannot heal by retrying: stop work for the mailbox until it is reconnected.
   * Its pending tasks stay pending and resume after `gmail:connect`.
   */
  async handleIfRevoked(mailboxId: string, error: unknown): Promise<boolean> {
    if (!(error instanceof AppError) || error.code !== ErrorCodes.GMAIL_AUTH_REVOKED) return false;
    await this.mailboxes.setStatus(mailboxId, 'needs_reauth', error.message.slice(0, 500));
    this.logger.warn({ mailboxId }, 'OAuth grant revoked: mailbox marked needs_reauth');
    return true;
  }
}
