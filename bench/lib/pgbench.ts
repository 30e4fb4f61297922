import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDatabase, ROOT, type TempDatabase } from './infra.js';
import { distDir } from './roles.js';

/**
 * The database's own ceiling for the webhook's durable write, measured beside it: pgbench
 * running a one-row INSERT into the product's `pubsub_notifications` table (the real migrations,
 * in a throw-away database of its own on the same server), one transaction per push, prepared,
 * committed with the server's durability settings.
 */
const PGBENCH = process.env.BENCH_PGBENCH ?? '/usr/lib/postgresql/15/bin/pgbench';

const SCRIPT = `INSERT INTO pubsub_notifications (pubsub_message_id, mailbox_id, email_address, history_id, published_at)
  VALUES (gen_random_uuid()::text, '00000000-0000-4000-8000-000000000001', 'someone@bench.example', 1000000 + :client_id, now())
  ON CONFLICT (pubsub_message_id) DO NOTHING;
`;

export interface PgbenchRun {
  clients: number;
  seconds: number;
  tps: number;
  latencyAvgMs: number;
  failed: number;
}

export class PgbenchReference {
  private db?: TempDatabase;
  private script = '';

  constructor(
    private readonly dir: string,
    private readonly env: Record<string, string>,
  ) {}

  async start(): Promise<this> {
    this.db = await createDatabase();
    const migrate = spawnSync(
      process.execPath,
      [join(distDir(), 'src', 'cli', 'migrate.js'), 'run'],
      {
        cwd: ROOT,
        env: { ...process.env, ...this.env, DATABASE_URL: this.db.url },
        encoding: 'utf8',
      },
    );
    if (migrate.status !== 0) throw new Error(`pgbench migrations failed: ${migrate.stderr}`);
    this.script = join(this.dir, 'pgbench-insert.sql');
    writeFileSync(this.script, SCRIPT);
    return this;
  }

  /** pgbench's own database (the durable floor writes there too, never the stack's). */
  get databaseUrl(): string {
    return this.db!.url;
  }

  /** Server settings that decide what "durable" costs, for the record. */
  settings(): Record<string, string> {
    const show = (name: string) =>
      spawnSync('psql', [this.db!.url, '-Atc', `SHOW ${name}`], { encoding: 'utf8' }).stdout.trim();
    return Object.fromEntries(
      ['synchronous_commit', 'fsync', 'wal_sync_method', 'commit_delay'].map((n) => [n, show(n)]),
    );
  }

  run(clients: number, seconds: number): Promise<PgbenchRun> {
    const url = new URL(this.db!.url);
    const args = [
      '-n',
      '-M',
      'prepared',
      '-c',
      String(clients),
      '-j',
      String(Math.min(clients, 2)),
      '-T',
      String(seconds),
      '-f',
      this.script,
      '-h',
      url.hostname,
      '-p',
      url.port || '5432',
      '-U',
      decodeURIComponent(url.username) || 'postgres',
      url.pathname.slice(1),
    ];
    return new Promise((resolve, reject) => {
      const child = spawn(PGBENCH, args, { env: { ...process.env, PGPASSWORD: url.password } });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      child.once('error', reject);
      child.once('exit', (code) => {
        const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(out);
        const latency = /latency average = ([\d.]+) ms/.exec(out);
        const failed = /number of failed transactions: (\d+)/.exec(out);
        if (code !== 0 || !tps)
          return reject(new Error(`pgbench failed (${code}): ${out.slice(-500)}`));
        resolve({
          clients,
          seconds,
          tps: Math.round(Number(tps[1])),
          latencyAvgMs: Number(latency?.[1] ?? NaN),
          failed: Number(failed?.[1] ?? 0),
        });
      });
    });
  }

  async close(): Promise<void> {
    await this.db?.drop().catch(() => undefined);
  }
}
