/**
 * Work counted per unit (a drafted email) between two readings: Postgres transactions, Redis
 * commands (in all and by command, scripts' inner commands included), Gmail API requests (in
 * all and by route). Gmail requests are money (quota); each kind is a round trip the worker pays.
 */
import type { GmailFake } from '../../test/fakes/gmail/gmail.fake.js';
import { redisCli } from './infra.js';

export interface WorkCounters {
  pgTransactions: number;
  redisCommands: number;
  redisByCommand: Record<string, number>;
  gmailRequests: number;
  /** The Gmail fake's request log, to slice between two readings. */
  gmail: GmailFake;
}

export interface WorkPerUnit {
  pgTransactions: number;
  redisCommands: number;
  redisByCommand: Record<string, number>;
  gmailRequests: number;
  gmailByRoute: Record<string, number>;
}

export function readWorkCounters(
  pgTransactions: number,
  redisPort: number,
  gmail: GmailFake,
): WorkCounters {
  const info = redisCli(redisPort, 'INFO', 'stats');
  const redisByCommand: Record<string, number> = {};
  for (const m of redisCli(redisPort, 'INFO', 'commandstats').matchAll(
    /^cmdstat_([^:]+):calls=(\d+)/gm,
  ))
    redisByCommand[m[1]] = Number(m[2]);
  return {
    pgTransactions,
    redisCommands: Number(/total_commands_processed:(\d+)/.exec(info)?.[1] ?? 0),
    redisByCommand,
    gmailRequests: gmail.requests.length,
    gmail,
  };
}

/** What happened between two readings, per unit (rounded to a tenth; under 0.1 left out). */
export function workPer(before: WorkCounters, after: WorkCounters, units: number): WorkPerUnit {
  const per = (n: number) => Math.round((10 * n) / Math.max(1, units)) / 10;
  const sorted = (counts: [string, number][]) =>
    Object.fromEntries(
      counts
        .map(([name, n]) => [name, per(n)] as const)
        .filter(([, n]) => n >= 0.1)
        .sort((a, b) => b[1] - a[1]),
    );
  const routes = new Map<string, number>();
  for (const r of after.gmail.requests.slice(before.gmailRequests, after.gmailRequests)) {
    const route = `${r.method} ${gmailRoute(r.path)}`;
    routes.set(route, (routes.get(route) ?? 0) + 1);
  }
  return {
    pgTransactions: per(after.pgTransactions - before.pgTransactions),
    redisCommands: per(after.redisCommands - before.redisCommands),
    redisByCommand: sorted(
      Object.entries(after.redisByCommand).map(([name, n]) => [
        name,
        n - (before.redisByCommand[name] ?? 0),
      ]),
    ),
    gmailRequests: per(after.gmailRequests - before.gmailRequests),
    gmailByRoute: sorted([...routes]),
  };
}

/** Gmail's methods named in a path after a collection (users.drafts.send, messages.batchModify). */
const GMAIL_VERBS = new Set(['send', 'batchModify', 'batchDelete', 'import', 'watch', 'stop']);

/**
 * A Gmail API path with the mailbox and ids left out (…/users/{user}/messages/{id}/modify); a
 * method's name stays, so a drafts.send would show as itself.
 */
export function gmailRoute(path: string): string {
  return path
    .split('/')
    .map((part, i, parts) => {
      const before = parts[i - 1];
      if (before === 'users') return '{user}';
      if (['messages', 'threads', 'drafts', 'labels'].includes(before) && !GMAIL_VERBS.has(part))
        return '{id}';
      return part;
    })
    .join('/');
}
