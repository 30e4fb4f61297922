import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../core/errors/app-error';
import { TokenCipher } from '../gmail/token-cipher.service';
import { MailboxEntity } from '../persistence/entities/mailbox.entity';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository';
import { MailboxCredentialsService } from './mailbox-credentials.service';

describe('MailboxCredentialsService.fromEncrypted', () => {
  const mailbox = Object.assign(new MailboxEntity(), {
    id: 'mb-1',
    emailAddress: 'me@example.com',
  });
  function setup() {
    const cipher = { decrypt: vi.fn((blob: string) => `token-of-${blob}`) };
    const service = new MailboxCredentialsService(
      {} as MailboxRepository,
      cipher as unknown as TokenCipher,
    );
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
});
