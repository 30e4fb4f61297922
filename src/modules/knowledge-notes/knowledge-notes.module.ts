import { Module } from '@nestjs/common';
import { PersistenceModule } from '../persistence/persistence.module.js';
import { KnowledgeNotesService } from './knowledge-notes.service.js';

/**
 * Per-mailbox knowledge notes (prices, availability, links the owner wants replies to use):
 * written through the admin API, found by full-text search for each reply (generate stage),
 * deleted with the mailbox's purge (retention).
 */
@Module({
  imports: [PersistenceModule],
  providers: [KnowledgeNotesService],
  exports: [KnowledgeNotesService],
})
export class KnowledgeNotesModule {}
