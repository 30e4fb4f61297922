import { Module } from '@nestjs/common';
import { PersistenceModule } from '../persistence/persistence.module.js';
import { MailboxSettingsService } from './mailbox-settings.service.js';

/**
 * Per-mailbox settings: the document's fields and bounds (mailbox-settings.ts), read and written
 * through MailboxSettingsService (the admin API). The pipeline reads the stored row with each
 * claim and lays it over the environment's defaults (pipeline/effective-settings.ts).
 */
@Module({
  imports: [PersistenceModule],
  providers: [MailboxSettingsService],
  exports: [MailboxSettingsService],
})
export class MailboxSettingsModule {}
