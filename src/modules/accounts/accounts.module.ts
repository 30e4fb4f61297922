import { Module } from '@nestjs/common';
import { PersistenceModule } from '../persistence/persistence.module.js';
import { AccountsService } from './accounts.service.js';

/**
 * Console owner accounts: users, password hashes, sessions and sign-in limits. The admin module
 * resolves a session cookie to an owner principal through AccountsService and scopes every
 * route an owner may use to their own mailboxes.
 */
@Module({
  imports: [PersistenceModule],
  providers: [AccountsService],
  exports: [AccountsService],
})
export class AccountsModule {}
