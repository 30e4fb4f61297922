import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Locks and worker heartbeats for deployments without Redis (REDIS_URL unset): see
 * src/core/coordination/postgres-coordination.service.ts. Unused, and harmless, with Redis.
 */
export class CoordinationLeases1764300000000 implements MigrationInterface {
  name = 'CoordinationLeases1764300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "coordination_leases" ("name" character varying(300) NOT NULL, "holder" character varying(200) NOT NULL, ' +
        '"touched_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, ' +
        'CONSTRAINT "PK_coordination_leases" PRIMARY KEY ("name"))',
    );
    await q.query(
      'CREATE INDEX "idx_coordination_leases_expires_at" ON "coordination_leases" ("expires_at")',
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "idx_coordination_leases_expires_at"');
    await q.query('DROP TABLE "coordination_leases"');
  }
}
