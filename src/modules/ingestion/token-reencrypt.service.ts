import { TokenCipher } from '../mailbox-credentials/token-cipher.service.js';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';

export interface ReencryptCounts {
  /** Mailboxes with a stored grant. */
  scanned: number;
  /** Rewritten under the active key in the current format. */
  reencrypted: number;
  /** Already current: nothing to do. */
  current: number;
  /** Replaced by a new grant (gmail:connect) between read and write: already current. */
  changed: number;
  /** Mailbox ids whose grant no key of the ring opens: left untouched. */
  failedIds: string[];
}

/**
 * Rewrites every stored OAuth grant that is not in the current format under the active key
 * (legacy v1 rows, rows under an older key), so the older key can then be removed from the ring.
 * Walks the table in id order, a page at a time; each page is written in one statement that
 * replaces a row only if it still holds what was read. Idempotent: a second run rewrites nothing.
 * Used by `npm run tokens:reencrypt` (src/cli/reencrypt-tokens.ts).
 */
export class TokenReencryptService {
  constructor(
    private readonly mailboxes: MailboxRepository,
    private readonly cipher: TokenCipher,
    private readonly pageSize = 200,
  ) {}

  async run(): Promise<ReencryptCounts> {
    const counts: ReencryptCounts = {
      scanned: 0,
      reencrypted: 0,
      current: 0,
      changed: 0,
      failedIds: [],
    };
    let after: string | null = null;
    for (;;) {
      const page = await this.mailboxes.tokenPage(after, this.pageSize);
      if (!page.length) return counts;
      after = page[page.length - 1]!.id;
      counts.scanned += page.length;
      const rewrites: { id: string; from: string; to: string }[] = [];
      for (const { id, token } of page) {
        if (this.cipher.isCurrent(token)) {
          counts.current++;
          continue;
        }
        let plaintext: string;
        try {
          plaintext = this.cipher.decrypt(token, id);
        } catch {
          // Not ours to fix: a missing key, or a row that was tampered with or swapped.
          counts.failedIds.push(id);
          continue;
        }
        rewrites.push({ id, from: token, to: this.cipher.encrypt(plaintext, id) });
      }
      const replaced = await this.mailboxes.replaceTokens(rewrites);
      counts.reencrypted += replaced.length;
      counts.changed += rewrites.length - replaced.length;
    }
  }
}
