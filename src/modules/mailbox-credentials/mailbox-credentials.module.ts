import { Module } from '@nestjs/common';
import { PersistenceModule } from '../persistence/persistence.module.js';
import { MailboxCredentialsService } from './mailbox-credentials.service.js';
import { TokenCipher } from './token-cipher.service.js';

/**
 * A mailbox's OAuth grant: sealed with the token key ring at rest, opened for a Gmail call, and
 * the mailbox parked when Google revokes it. Ingestion, the pipeline and the CLIs share it.
 */
@Module({
  imports: [PersistenceModule],
  providers: [TokenCipher, MailboxCredentialsService],
  exports: [TokenCipher, MailboxCredentialsService],
})
export class MailboxCredentialsModule {}
