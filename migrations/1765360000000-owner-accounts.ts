import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Owner accounts for the web console: users (created by operators, no self-signup), their
 * server-side sessions and one-time sign-in links (only hashes of the cookie and link tokens are
 * stored, so a database read gives no usable session), which user owns a mailbox (null: operator-managed), and which user started a web
 * consent (its callback gives them the mailbox).
 */
export class OwnerAccounts1765360000000 implements MigrationInterface {
  name = 'OwnerAccounts1765360000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "users" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "email" character varying(320) NOT NULL,
      "display_name" character varying(100),
      "password_hash" character varying(200) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_users" PRIMARY KEY ("id"),
      CONSTRAINT "uq_users_email" UNIQUE ("email")
    )`);
    await q.query(`CREATE TABLE "user_sessions" (
      "token_hash" character(64) NOT NULL,
      "user_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_user_sessions" PRIMARY KEY ("token_hash"),
      CONSTRAINT "FK_user_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
    )`);
    await q.query('CREATE INDEX "idx_user_sessions_user" ON "user_sessions" ("user_id")');
    await q.query('CREATE INDEX "idx_user_sessions_expires" ON "user_sessions" ("expires_at")');
    await q.query(`CREATE TABLE "user_login_links" (
      "token_hash" character(64) NOT NULL,
      "user_id" uuid NOT NULL,
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_user_login_links" PRIMARY KEY ("token_hash"),
      CONSTRAINT "FK_user_login_links_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
    )`);
    await q.query('ALTER TABLE "mailboxes" ADD "user_id" uuid');
    await q.query(
      'ALTER TABLE "mailboxes" ADD CONSTRAINT "FK_mailboxes_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE SET NULL',
    );
    await q.query('CREATE INDEX "idx_mailboxes_user" ON "mailboxes" ("user_id")');
    await q.query('ALTER TABLE "oauth_consents" ADD "user_id" uuid');
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "oauth_consents" DROP COLUMN "user_id"');
    await q.query('ALTER TABLE "mailboxes" DROP COLUMN "user_id"');
    await q.query('DROP TABLE "user_login_links"');
    await q.query('DROP TABLE "user_sessions"');
    await q.query('DROP TABLE "users"');
  }
}
