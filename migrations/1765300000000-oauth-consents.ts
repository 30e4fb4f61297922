import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consent requests of the web OAuth flow between the redirect to Google and its callback: the
 * state's hash (the state itself is only in the user's browser and Google's redirect) and the
 * PKCE verifier. Each row is used once and lives minutes; any api pod can take the callback.
 */
export class OAuthConsents1765300000000 implements MigrationInterface {
  name = 'OAuthConsents1765300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "oauth_consents" (
      "state_hash" character(64) PRIMARY KEY,
      "code_verifier" character varying(128) NOT NULL,
      "requested_by" character varying(100) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL
    )`);
    await q.query('CREATE INDEX "idx_oauth_consents_expires" ON "oauth_consents" ("expires_at")');
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "oauth_consents"');
  }
}
