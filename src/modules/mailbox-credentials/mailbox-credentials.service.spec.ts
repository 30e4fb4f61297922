import { createMock } from '@golevelup/ts-vitest';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { aMailbox } from '../../../test/support/builders.js';
import { loadConfigSlice } from '../../core/config/load-config.js';
import { AppError } from '../../core/errors/app-error.js';
import { TokenCipher } from './token-cipher.service.js';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';
import { MailboxCredentialsService } from './mailbox-credentials.service.js';
import { TokenKeyConfig } from './token-key.config.js';

describe('MailboxCredentialsService.fromEncrypted', () => {
  const mailbox = aMailbox({ id: 'mb-1', emailAddress: 'me@example.com' });
  // Strict: turning a stored grant into credentials never touches the database.
  const noDatabase = () => createMock<MailboxRepository>({}, { strict: true });
  function setup() {
    const cipher = createMock<TokenCipher>();
    cipher.decrypt.mockImplementation((blob) => `token-of-${blob}`);
    const service = new MailboxCredentialsService(noDatabase(), cipher);
    return { service, cipher };
  }

  it('decrypts a stored grant once per ciphertext', () => {
    const { service, cipher } = setup();
    expect(service.fromEncrypted(mailbox, 'v1:a')).toEqual({
      mailboxId: 'mb-1',
      emailAddress: 'me@example.com',
      refreshToken: 'token-of-v1:a',
    });
    expect(service.fromEncrypted(mailbox, 'v1:a').refreshToken).toBe('token-of-v1:a');
    expect(cipher.decrypt).toHaveBeenCalledTimes(1);
    expect(cipher.decrypt).toHaveBeenCalledWith('v1:a', 'mb-1');
    // A re-connected mailbox stores a new ciphertext: its new token is used at once.
    expect(service.fromEncrypted(mailbox, 'v1:b').refreshToken).toBe('token-of-v1:b');
    expect(cipher.decrypt).toHaveBeenCalledTimes(2);
  });

  it('remembers nothing that failed to decrypt, and refuses a mailbox without a grant', () => {
    const { service, cipher } = setup();
    cipher.decrypt.mockImplementationOnce(() => {
      throw new Error('bad tag');
    });
    expect(() => service.fromEncrypted(mailbox, 'v1:x')).toThrow('bad tag');
    expect(service.fromEncrypted(mailbox, 'v1:x').refreshToken).toBe('token-of-v1:x');
    expect(() => service.fromEncrypted(mailbox, null)).toThrow(AppError);
  });

  it('does not let a ciphertext cached for one mailbox serve another mailbox', () => {
    const cipher = new TokenCipher(
      loadConfigSlice(TokenKeyConfig, { TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64') }),
    );
    const service = new MailboxCredentialsService(noDatabase(), cipher);
    const sealed = cipher.encrypt('refresh-of-mb-1', mailbox.id);
    expect(service.fromEncrypted(mailbox, sealed).refreshToken).toBe('refresh-of-mb-1');
    // The same blob copied into another mailbox's row must fail there, cache or not.
    const other = aMailbox({ id: 'mb-2', emailAddress: 'x@example.com' });
    expect(() => service.fromEncrypted(other, sealed)).toThrow(/another mailbox/);
  });
});
