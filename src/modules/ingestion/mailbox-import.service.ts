import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { AppError } from '../../core/errors/app-error.js';
import { MailboxConnectService } from './mailbox-connect.service.js';

export interface MailboxGrant {
  refreshToken: string;
  displayName?: string;
}

export interface ImportOptions {
  /** Connects in flight at once. */
  concurrency: number;
  /** Connects started per second at most (each costs a users.watch: Gmail's per-project quota). */
  perSecond: number;
  /** Called after each grant, in completion order. */
  onResult?: (result: ImportResult) => void;
}

export type ImportResult =
  { index: number; ok: true; mailboxId: string } | { index: number; ok: false; reason: string };

/**
 * Connects many mailboxes from grants obtained elsewhere (an OAuth consent run by another
 * system), each exactly as `gmail:connect` does one: profile, encrypted token, history baseline,
 * watch. Bounded in flight and paced, so a large import neither exhausts the database pool nor
 * spends Gmail's per-project quota in a burst.
 */
@Injectable()
export class MailboxImportService {
  constructor(private readonly connector: MailboxConnectService) {}

  async importAll(grants: MailboxGrant[], opts: ImportOptions): Promise<ImportResult[]> {
    const results: ImportResult[] = [];
    const startedAt = Date.now();
    let next = 0;
    const lane = async () => {
      for (let i = next++; i < grants.length; i = next++) {
        const due = startedAt + (i * 1000) / opts.perSecond;
        if (due > Date.now()) await sleep(due - Date.now());
        const result = await this.connectOne(i, grants[i]!);
        results.push(result);
        opts.onResult?.(result);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, opts.concurrency) }, lane));
    return results.sort((a, b) => a.index - b.index);
  }

  private async connectOne(index: number, grant: MailboxGrant): Promise<ImportResult> {
    try {
      const mailbox = await this.connector.connect(grant.refreshToken, {
        displayName: grant.displayName,
      });
      return { index, ok: true, mailboxId: mailbox.id };
    } catch (error) {
      // Only the error's code: messages from Gmail or the token endpoint may quote the request.
      return {
        index,
        ok: false,
        reason: error instanceof AppError ? error.code : 'CONNECT_FAILED',
      };
    }
  }
}
