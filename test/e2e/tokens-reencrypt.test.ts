import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfigSlice } from '../../src/core/config/load-config.js';
import { MailboxCredentialsService } from '../../src/modules/mailbox-credentials/mailbox-credentials.service.js';
import {
  TOKEN_CIPHER_ERRORS,
  TokenCipher,
} from '../../src/modules/mailbox-credentials/token-cipher.service.js';
import { TokenKeyConfig } from '../../src/modules/mailbox-credentials/token-key.config.js';
import { MailboxRepository } from '../../src/modules/persistence/repositories/mailbox.repository.js';
import { startApp, type TestApp } from '../support/app-harness.js';
import { encryptV1 } from '../support/legacy-token.js';
import { runNpmScript } from '../support/run-cli.js';
import { query, scratchDatabase } from '../support/sql.js';

/**
 * `npm run tokens:reencrypt` started as README says (its own process, from the build), against
 * a database of its own: the command walks every mailbox, and the run's shared database holds
 * other files' mailboxes under other keys.
 */
const key = () => randomBytes(32).toString('base64');
const keys = { legacy: key(), old: key(), active: key() };
const ringEnv = {
  TOKEN_ENCRYPTION_KEY: keys.legacy,
  TOKEN_ENCRYPTION_KEYS: `old:${keys.old},new:${keys.active}`,
  TOKEN_ENCRYPTION_ACTIVE_KEY_ID: 'new',
};
/** Only the active key: what the app runs with once the rotation is finished. */
const activeOnly = new TokenCipher(
  loadConfigSlice(TokenKeyConfig, { TOKEN_ENCRYPTION_KEYS: `new:${keys.active}` }),
);
const cipherFor = (keyEnv: Record<string, string>) =>
  new TokenCipher(loadConfigSlice(TokenKeyConfig, keyEnv));

const db = scratchDatabase('eas_tokens');
const dbUrl = db.url;

async function insertMailbox(token: (id: string) => string | null): Promise<string> {
  const id = randomUUID();
  await query(
    dbUrl(),
    `INSERT INTO mailboxes (id, email_address, encrypted_refresh_token) VALUES ($1, $2, $3)`,
    [id, `${id}@example.com`, token(id)],
  );
  return id;
}

const storedToken = async (id: string) =>
  (
    await query<{ t: string | null }>(
      dbUrl(),
      'SELECT encrypted_refresh_token AS t FROM mailboxes WHERE id = $1',
      [id],
    )
  )[0]!.t;

async function reencrypt(env: Record<string, string> = ringEnv) {
  const run = runNpmScript('tokens:reencrypt', {
    DATABASE_URL: dbUrl(),
    LOG_LEVEL: 'silent',
    ...env,
  });
  return { code: await run.exited, out: run.out(), err: run.err() };
}

describe('npm run tokens:reencrypt', () => {
  let app: TestApp | undefined;

  beforeAll(async () => {
    await db.create();
    // The app under test migrates the new database (as a deployment's first boot would).
    await (await startApp({ DATABASE_URL: dbUrl(), ...ringEnv })).close();
  }, 180_000);
  afterEach(async () => {
    await app?.close();
    app = undefined;
    await query(dbUrl(), 'DELETE FROM mailboxes');
  });
  afterAll(db.drop);

  it('rewrites v1 rows and rows under an old key under the active key; the app reads them before and after', async () => {
    const tokens = { v1: '1//legacy-v1-refresh', old: '1//old-key-refresh', cur: '1//current' };
    const v1 = await insertMailbox(() => encryptV1(keys.legacy, tokens.v1));
    const old = await insertMailbox((id) =>
      cipherFor({ TOKEN_ENCRYPTION_KEYS: `old:${keys.old}` }).encrypt(tokens.old, id),
    );
    const cur = await insertMailbox((id) => activeOnly.encrypt(tokens.cur, id));
    await insertMailbox(() => null);
    const curBefore = await storedToken(cur);

    // The app (with the ring) reads every format before the command runs.
    app = await startApp({ DATABASE_URL: dbUrl(), ...ringEnv, DATABASE_RUN_MIGRATIONS: 'false' });
    const creds = app.app.get(MailboxCredentialsService);
    const repo = app.app.get(MailboxRepository);
    const read = async (id: string) =>
      (await creds.forMailbox((await repo.findById(id))!)).refreshToken;
    expect([await read(v1), await read(old), await read(cur)]).toEqual([
      tokens.v1,
      tokens.old,
      tokens.cur,
    ]);

    const first = await reencrypt();
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain(
      'mailboxes with a grant: 3, re-encrypted: 2, already current: 1, replaced meanwhile: 0, failed: 0',
    );
    for (const secret of [...Object.values(tokens), ...Object.values(keys)]) {
      expect(first.out + first.err).not.toContain(secret);
    }
    expect(await storedToken(v1)).toMatch(/^v2:new:/);
    expect(await storedToken(old)).toMatch(/^v2:new:/);
    expect(await storedToken(cur)).toBe(curBefore);
    // Every grant now opens with the active key alone, each for its own mailbox.
    expect(activeOnly.decrypt((await storedToken(v1))!, v1)).toBe(tokens.v1);
    expect(activeOnly.decrypt((await storedToken(old))!, old)).toBe(tokens.old);
    // And the running app reads the rewritten rows.
    expect([await read(v1), await read(old), await read(cur)]).toEqual([
      tokens.v1,
      tokens.old,
      tokens.cur,
    ]);

    // Idempotent: nothing left to do, nothing changed.
    const snapshot = [await storedToken(v1), await storedToken(old)];
    const second = await reencrypt();
    expect(second.code, second.err).toBe(0);
    expect(second.out).toContain('re-encrypted: 0, already current: 3');
    expect([await storedToken(v1), await storedToken(old)]).toEqual(snapshot);

    // A grant copied into another mailbox's row no longer opens there, in the app or anywhere.
    await query(
      dbUrl(),
      `UPDATE mailboxes SET encrypted_refresh_token = CASE id WHEN $1::uuid THEN $4 ELSE $3 END
        WHERE id IN ($1::uuid, $2::uuid)`,
      [v1, old, snapshot[0], snapshot[1]],
    );
    await expect(read(v1)).rejects.toMatchObject({ code: TOKEN_CIPHER_ERRORS.DECRYPT_FAILED });
    await expect(read(old)).rejects.toMatchObject({ code: TOKEN_CIPHER_ERRORS.DECRYPT_FAILED });
    const moved = (await storedToken(v1))!;
    expect(() => activeOnly.decrypt(moved, v1)).toThrow(/another mailbox/);
  }, 120_000);

  it('leaves grants no key opens untouched, names their mailboxes and exits 1', async () => {
    const lost = await insertMailbox((id) =>
      cipherFor({ TOKEN_ENCRYPTION_KEYS: `gone:${key()}` }).encrypt('1//lost', id),
    );
    const swapped = await insertMailbox(() => null);
    const donor = await insertMailbox((id) =>
      cipherFor({ TOKEN_ENCRYPTION_KEYS: `old:${keys.old}` }).encrypt('1//donor', id),
    );
    // The donor's grant (under an old key, not yet rewritten) copied into another mailbox.
    await query(dbUrl(), 'UPDATE mailboxes SET encrypted_refresh_token = $2 WHERE id = $1::uuid', [
      swapped,
      await storedToken(donor),
    ]);
    const lostBefore = await storedToken(lost);
    const run = await reencrypt();
    expect(run.code).toBe(1);
    expect(run.out).toContain(
      're-encrypted: 1, already current: 0, replaced meanwhile: 0, failed: 2',
    );
    expect(run.err).toContain(lost);
    expect(run.err).toContain(swapped);
    expect(run.err).not.toContain('1//');
    expect(await storedToken(lost)).toBe(lostBefore);
    expect(await storedToken(donor)).toMatch(/^v2:new:/);
  }, 60_000);

  it('refuses a weak key with one config line, exit 78, never echoing it', async () => {
    const zero = Buffer.alloc(32).toString('base64');
    const run = await reencrypt({ TOKEN_ENCRYPTION_KEY: zero });
    expect(run.code).toBe(78);
    expect(run.err.trim()).toMatch(
      /^tokens:reencrypt failed: config error: TOKEN_ENCRYPTION_KEY: /,
    );
    expect(run.err).not.toContain(zero);
    const none = await reencrypt({});
    expect(none.code).toBe(78);
    expect(none.err).toContain('TOKEN_ENCRYPTION_KEY: required for tokens:reencrypt');
  }, 60_000);
});
