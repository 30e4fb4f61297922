import { Module } from '@nestjs/common';
import { PersistenceModule } from '../persistence/persistence.module.js';
import { OidcVerifier } from './oidc-verifier.service.js';
import { WebhookController } from './webhook.controller.js';
import { WebhookService } from './webhook.service.js';

@Module({
  imports: [PersistenceModule],
  controllers: [WebhookController],
  providers: [OidcVerifier, WebhookService],
})
export class WebhookModule {}
