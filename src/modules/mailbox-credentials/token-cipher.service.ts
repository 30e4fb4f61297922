import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TokenKeyConfig } from './token-key.config.js';
import { buildKeyRing, type TokenKeyRing } from './token-key-ring.js';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';

export const TOKEN_CIPHER_ERRORS = {
  KEY_MISSING: 'TOKEN_KEY_MISSING',
  DECRYPT_FAILED: 'TOKEN_DECRYPT_FAILED',
} as const;

const IV_BYTES = 12; // GCM's native nonce size
const TAG_BYTES = 16;
/** Longest stored value read: refresh tokens are ~100 characters; bounds the work on bad input. */
const MAX_STORED_CHARS = 8_192;
/** The first format: one key, the same AAD for every row (so rows could be swapped). Read only. */
const V1_AAD = Buffer.from('eas:oauth-refresh-token:v1');
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

/**
 * Binds a v2 ciphertext to its purpose, format, key id and mailbox: a blob copied into another
 * mailbox's row (or relabelled with another key id) fails authentication instead of lending
 * that mailbox someone else's Gmail grant.
 */
function v2Aad(keyId: string, mailboxId: string): Buffer {
  return Buffer.from(`eas:oauth-refresh-token:v2:${keyId}:${mailboxId}`);
}

/** Base64 that re-encodes to the same text: anything else is a damaged or edited value. */
function strictBase64(text: string): Buffer | undefined {
  const buf = Buffer.from(text, 'base64');
  return buf.length && buf.toString('base64') === text ? buf : undefined;
}

/**
 * AES-256-GCM for OAuth refresh tokens at rest, with a key ring so keys can be rotated.
 *
 * Written: `v2:<key id>:<iv b64>:<ciphertext b64>:<tag b64>`, under the active key, with the
 * mailbox id in the AAD. Read: v2 under any key of the ring, and the legacy
 * `v1:<iv>:<tag>:<ciphertext>` (fixed AAD, no key id: every key of the ring is tried) until
 * `npm run tokens:reencrypt` has rewritten those rows.
 * Keys are read lazily, so processes that never touch tokens start without any.
 */
@Injectable()
export class TokenCipher {
  private ring?: TokenKeyRing;

  constructor(private readonly config: TokenKeyConfig) {}

  encrypt(plaintext: string, mailboxId: string): string {
    const { keys, activeId } = this.requireRing();
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', keys.get(activeId)!, iv);
    cipher.setAAD(v2Aad(activeId, mailboxId));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [
      'v2',
      activeId,
      iv.toString('base64'),
      ciphertext.toString('base64'),
      cipher.getAuthTag().toString('base64'),
    ].join(':');
  }

  decrypt(stored: string, mailboxId: string): string {
    const { keys } = this.requireRing();
    if (stored.length > MAX_STORED_CHARS) throw this.failure('value too long');
    const parts = stored.split(':');
    if (parts[0] === 'v2' && parts.length === 5) {
      const [, keyId, iv, data, tag] = parts as [string, string, string, string, string];
      const key = keys.get(keyId);
      // The id is not secret, and naming it tells the operator which key to put back.
      if (!key)
        throw this.failure(`key id ${KEY_ID.test(keyId) ? keyId : '?'} is not in the key ring`);
      return this.open(key, v2Aad(keyId, mailboxId), iv, data, tag);
    }
    if (parts[0] === 'v1' && parts.length === 4) {
      const [, iv, tag, data] = parts as [string, string, string, string];
      let lastError: AppError | undefined;
      for (const key of keys.values()) {
        try {
          return this.open(key, V1_AAD, iv, data, tag);
        } catch (error) {
          lastError = error as AppError;
        }
      }
      throw lastError!;
    }
    throw this.failure('unknown format or version');
  }

  /** Whether a stored value is already in the current format under the active key. */
  isCurrent(stored: string): boolean {
    return stored.startsWith(`v2:${this.requireRing().activeId}:`);
  }

  private open(key: Buffer, aad: Buffer, ivText: string, dataText: string, tagText: string) {
    const iv = strictBase64(ivText);
    const tag = strictBase64(tagText);
    const data = strictBase64(dataText);
    if (iv?.length !== IV_BYTES || tag?.length !== TAG_BYTES || !data)
      throw this.failure('bad iv, tag or ciphertext encoding');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(aad);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
    } catch (cause) {
      throw this.failure(
        'authentication failed (tampered data, wrong key or another mailbox)',
        cause,
      );
    }
  }

  private requireRing(): TokenKeyRing {
    if (this.ring) return this.ring;
    // loadConfigSlices has validated these; re-parsed here because the slice holds the raw strings.
    const { ring, problems } = buildKeyRing(this.config);
    if (!ring) {
      throw new AppError(
        TOKEN_CIPHER_ERRORS.KEY_MISSING,
        problems.length
          ? `invalid token keys: ${problems.join('; ')}`
          : 'TOKEN_ENCRYPTION_KEY is not set: cannot encrypt or decrypt OAuth tokens',
        { status: 500 },
      );
    }
    this.ring = ring;
    return ring;
  }

  private failure(reason: string, cause?: unknown): AppError {
    // Never include the token or key material in the message: it ends up in logs.
    return new AppError(
      TOKEN_CIPHER_ERRORS.DECRYPT_FAILED,
      `Cannot decrypt OAuth token: ${reason}`,
      {
        status: 500,
        cause,
        details: { code: ErrorCodes.INTERNAL },
      },
    );
  }
}
