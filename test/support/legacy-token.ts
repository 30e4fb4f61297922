import { createCipheriv, randomBytes } from 'node:crypto';

/**
 * A refresh token in the format written before key rings (v1: one key, a fixed AAD, no key id,
 * no mailbox binding), as rows stored by older releases hold it. The app only reads v1 now.
 */
export function encryptV1(keyBase64: string, plaintext: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', Buffer.from(keyBase64, 'base64'), iv);
  c.setAAD(Buffer.from('eas:oauth-refresh-token:v1'));
  const data = Buffer.concat([c.update(plaintext, 'utf8'), c.final()]);
  return ['v1', iv, c.getAuthTag(), data].map((p) => p.toString('base64')).join(':');
}
