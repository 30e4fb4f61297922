import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { MailboxEntity } from './mailbox.entity.js';

/**
 * A fact the mailbox's owner wants replies to use (a price, an availability, a booking link),
 * managed through the admin API and found for each reply by full-text search over title and
 * body. The search index is an expression over both columns, created by the migration and left
 * alone by schema sync (KnowledgeNoteRepository spells the same expression).
 */
@Entity({ name: 'knowledge_notes' })
@Index('idx_knowledge_notes_mailbox', ['mailboxId', 'createdAt'])
@Index('idx_knowledge_notes_search', { synchronize: false })
export class KnowledgeNoteEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_knowledge_notes' })
  id: string;

  @Column({ name: 'mailbox_id', type: 'uuid' })
  mailboxId: string;

  @ManyToOne(() => MailboxEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mailbox_id', foreignKeyConstraintName: 'FK_knowledge_notes_mailbox' })
  mailbox?: MailboxEntity;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 4000 })
  body: string;

  /** Links a reply using this note may carry (reply-safety lets them through). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  links: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
