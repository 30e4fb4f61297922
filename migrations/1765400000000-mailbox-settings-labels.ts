import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-mailbox settings (one JSONB document per mailbox, validated and versioned by the
 * mailbox-settings module), the Gmail label ids the triage labels were created under (cached per
 * mailbox and name) and the triage label of each email with its state: `applying` is recorded
 * before messages.modify, `applied` after, so a retry after a crash never applies it twice and a
 * label the user removed is never put back. New, empty tables: no lock on existing data.
 */
export class MailboxSettingsLabels1765400000000 implements MigrationInterface {
  name = 'MailboxSettingsLabels1765400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "mailbox_settings" ("mailbox_id" uuid NOT NULL, "version" integer NOT NULL, "settings" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_mailbox_settings" PRIMARY KEY ("mailbox_id"))`,
    );
    await q.query(
      'ALTER TABLE "mailbox_settings" ADD CONSTRAINT "FK_mailbox_settings_mailbox" FOREIGN KEY ("mailbox_id") REFERENCES "mailboxes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      `CREATE TABLE "mailbox_labels" ("mailbox_id" uuid NOT NULL, "name" character varying(225) NOT NULL, "gmail_label_id" character varying(255) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_mailbox_labels" PRIMARY KEY ("mailbox_id", "name"))`,
    );
    await q.query(
      'ALTER TABLE "mailbox_labels" ADD CONSTRAINT "FK_mailbox_labels_mailbox" FOREIGN KEY ("mailbox_id") REFERENCES "mailboxes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      `CREATE TABLE "email_labels" ("email_id" integer NOT NULL, "outcome" character varying(20) NOT NULL, "gmail_label_id" character varying(255) NOT NULL, "state" character varying(20) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_email_labels" PRIMARY KEY ("email_id"))`,
    );
    await q.query(
      'ALTER TABLE "email_labels" ADD CONSTRAINT "FK_email_labels_email" FOREIGN KEY ("email_id") REFERENCES "emails"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "email_labels" DROP CONSTRAINT "FK_email_labels_email"');
    await q.query('DROP TABLE "email_labels"');
    await q.query('ALTER TABLE "mailbox_labels" DROP CONSTRAINT "FK_mailbox_labels_mailbox"');
    await q.query('DROP TABLE "mailbox_labels"');
    await q.query('ALTER TABLE "mailbox_settings" DROP CONSTRAINT "FK_mailbox_settings_mailbox"');
    await q.query('DROP TABLE "mailbox_settings"');
  }
}
