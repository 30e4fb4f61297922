import { Module } from '@nestjs/common';
import { PersistenceModule } from '../persistence/persistence.module';
import { OidcVerifier } from './oidc-verifier.service';
import { WebhookController } from './webhook.controller';
import { WebhookService } from './webhook.service';

@Module({
  imports: [PersistenceModule],
  controllers: [WebhookController],
  providers: [OidcVerifier, WebhookService],
})
export class WebhookModule {}
