import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Classifications shared across mailboxes, keyed by a hash of the content the classifier saw
 * (pipeline/classification-cache-key.ts): identical bulk mail delivered to many mailboxes is
 * classified once. Holds the verdict and the hash only, never text of the email (the model's
 * reasoning is not kept either: it may quote the email). Rows expire (`expires_at`) and are
 * purged by the pipeline's scheduler, so the table stays bounded.
 */
@Entity({ name: 'classification_cache' })
@Index('idx_classification_cache_expires', ['expiresAt'])
export class ClassificationCacheEntity {
  /** sha256 of the versioned, normalised content (32 bytes). */
  @PrimaryColumn({ name: 'content_hash', type: 'bytea' })
  contentHash: Buffer;

  @Column({ type: 'varchar', length: 50 })
  category: string;

  @Column({ type: 'double precision' })
  confidence: number;

  /** The model that classified it (what a hit records as its model, prefixed `cache:`). */
  @Column({ name: 'model_used', type: 'varchar', length: 100 })
  modelUsed: string;

  /** Hits served from this row (how much the cache saved, for the operator). */
  @Column({ type: 'integer', default: 0 })
  hits: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
