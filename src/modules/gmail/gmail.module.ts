import { Module } from '@nestjs/common';
import { DraftComposer } from './draft-composer.js';
import { GmailClient } from './gmail-client.port.js';
import { GmailGoogleapisAdapter } from './gmail-googleapis.adapter.js';
import { GmailQuotaService } from './gmail-quota.service.js';
import { GoogleConsentFactory } from './google-consent.factory.js';

/**
 * Gmail access behind the GmailClient port. Needs the global config slices (GmailConfig,
 * QueueConfig) and metrics providers;
 * knows nothing of persistence or the pipeline (callers pass GmailCredentials in).
 */
@Module({
  providers: [
    GmailQuotaService,
    GmailGoogleapisAdapter,
    { provide: GmailClient, useExisting: GmailGoogleapisAdapter },
    DraftComposer,
    GoogleConsentFactory,
  ],
  exports: [GmailClient, GmailQuotaService, DraftComposer, GoogleConsentFactory],
})
export class GmailModule {}
