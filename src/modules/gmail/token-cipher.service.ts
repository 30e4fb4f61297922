import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../core/config/app-config';
import { decodeKey } from '../../core/config/load-config';
import { AppError, ErrorCodes } from '../../core/errors/app-error';

export const TOKEN_CIPHER_ERRORS = {
  KEY_MISSING: 'TOKEN_KEY_MISSING',
  DECRYPT_FAILED: 'TOKEN_DECRYPT_FAILED',
} as const;

const VERSION = 'v1';
const IV_BYTES = 12; // GCM's native nonce size
const TAG_BYTES = 16;
// Binds ciphertexts to their purpose and format version, so a blob cannot be replayed elsewhere.
const AAD = Buffer.from('eas:oauth-refresh-token:v1');

/**
 * AES-256-GCM for OAuth refresh tokens at rest: `v1:<iv b64>:<tag b64>:<ciphertext b64>`.
 * The version prefix leaves room for key rotation. The key is read lazily, so processes that
 * never touch tokens start without TOKEN_ENCRYPTION_KEY.
 */
@Injectable()
export class TokenCipher {
  private key?: Buffer;

  constructor(private readonly config: AppConfig) {}

  encrypt(plaintext: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.requireKey(), iv);
    cipher.setAAD(AAD);
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [
      VERSION,
      iv.toString('base64'),
      cipher.getAuthTag().toString('base64'),
      ciphertext.toString('base64'),
    ].join(':');
  }

  decrypt(token: string): string {
    const key = this.requireKey();
    const parts = token.split(':');
    if (parts.length !== 4 || parts[0] !== VERSION) throw this.failure('unknown format or version');
    const [, ivText, tagText, dataText] = parts as [string, string, string, string];
    const iv = Buffer.from(ivText, 'base64');
    const tag = Buffer.from(tagText, 'base64');
    if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES)
      throw this.failure('bad iv or tag length');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(AAD);
      decipher.setAuthTag(tag);
      return Buffer.concat([
        decipher.update(Buffer.from(dataText, 'base64')),
        decipher.final(),
      ]).toString('utf8');
    } catch (cause) {
      throw this.failure('authentication failed (tampered data or wrong key)', cause);
    }
  }

  private requireKey(): Buffer {
    if (this.key) return this.key;
    const raw = this.config.TOKEN_ENCRYPTION_KEY;
    if (!raw) {
      throw new AppError(
        TOKEN_CIPHER_ERRORS.KEY_MISSING,
        'TOKEN_ENCRYPTION_KEY is not set: cannot encrypt or decrypt OAuth tokens',
        {
          status: 500,
        },
      );
    }
    const key = decodeKey(raw);
    if (!key) {
      throw new AppError(
        TOKEN_CIPHER_ERRORS.KEY_MISSING,
        'TOKEN_ENCRYPTION_KEY must be 32 bytes as base64 or 64 hex characters',
        {
          status: 500,
        },
      );
    }
    this.key = key;
    return key;
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
