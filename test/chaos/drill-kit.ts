import type { FakeLlmAnswer, FakeLlmRequest } from '../fakes/llm-fake.server.js';
import { OpenAiFake } from '../fakes/openai.fake.js';
import { sleep } from '../../bench/lib/infra.js';
import { question, trackDrafts, type DraftLog } from '../../bench/lib/mail-load.js';
import type { RoleProcess } from '../../bench/lib/roles.js';
import { Stack, type StackOptions } from '../../bench/lib/stack.js';

/**
 * Shared set-up of the fault drills: the product (api + worker processes) with an instant OpenAI
 * fake that says every email needs a reply, so every email must end in exactly one draft.
 * "Lost" = an email with no draft at the end; "duplicate" = a thread with more than one.
 */
const NEEDS_REPLY = '{"category":"needs_reply","confidence":0.95,"reasoning":"asks a question"}';
const REPLY = 'Hello,\n\nthank you, the order ships on Thursday.\n\nBest regards';
export const llmAnswer = (r: FakeLlmRequest): FakeLlmAnswer => ({
  text: r.jsonRequested ? NEEDS_REPLY : REPLY,
});

/** What every drill runs with: schedulers on with short reconcile periods, fast retries. */
export const DRILL_ENV: Record<string, string> = {
  SCHEDULERS_ENABLED: 'true',
  RECONCILE_INTERVAL_SECONDS: '10',
  RECONCILE_IDLE_SECONDS: '30',
  // Production backoffs are minutes; the drills must end within minutes. Attempts are unchanged.
  RETRY_BACKOFF_SCALE: '0.02',
  WORKER_CONCURRENCY: '8',
  LLM_FALLBACK_PROVIDER: 'none',
  DAILY_DRAFT_CAP: '100000',
  // Raised, not off: the budget's statement per LLM call stays in what is measured.
  DAILY_LLM_CALL_CAP: '100000000',
  SHUTDOWN_GRACE_SECONDS: '5',
};

export interface Email {
  address: string;
  id: string;
  threadId: string;
  historyId: string;
  pubsubId: string;
}

export class Drill {
  readonly openai = new OpenAiFake();
  stack!: Stack;
  drafts!: DraftLog;
  api!: RoleProcess;
  workers: RoleProcess[] = [];
  addresses: string[] = [];

  async start(
    name: string,
    opts: {
      workers: number;
      mailboxes: number;
      env?: Record<string, string>;
      stack?: Partial<StackOptions>;
    },
  ): Promise<this> {
    await this.openai.start();
    this.openai.respondWith(llmAnswer);
    this.stack = await new Stack({
      name,
      ...opts.stack,
      env: {
        ...DRILL_ENV,
        LLM_PROVIDER: 'openai',
        OPENAI_API_KEY: this.openai.apiKey,
        OPENAI_BASE_URL: this.openai.baseURL,
        ...opts.env,
      },
    }).start();
    this.drafts = trackDrafts();
    this.addresses = await this.stack.seedMailboxes(opts.mailboxes, name);
    this.api = await this.stack.role('api', 'api').start();
    for (let i = 0; i < opts.workers; i++)
      this.workers.push(await this.stack.role('worker', `worker-${i}`).start());
    return this;
  }

  private delivered = 0;

  /** Mail arrives in Gmail (no push yet), spread round-robin over the mailboxes. */
  deliver(count: number, tag: string): Email[] {
    const out: Email[] = [];
    for (let i = 0; i < count; i++) {
      const address = this.addresses[this.delivered++ % this.addresses.length];
      const d = this.stack.gmail.deliver(address, question(i, tag));
      out.push({
        address,
        id: d.id,
        threadId: d.threadId,
        historyId: d.historyId,
        pubsubId: `${tag}-${i}-${d.id}`,
      });
    }
    return out;
  }

  async push(email: Email): Promise<number> {
    try {
      return await this.stack.push(this.api.url, email.address, email.historyId, email.pubsubId);
    } catch {
      return 0; // connection refused/reset: Pub/Sub would redeliver
    }
  }

  /** Drafts per email thread: lost = none, duplicates = more than one. */
  tally(emails: Email[]): { drafted: number; lost: number; duplicates: number } {
    let drafted = 0;
    let duplicates = 0;
    for (const e of emails) {
      const n = this.drafts.created.get(`${e.address}|${e.threadId}`)?.length ?? 0;
      if (n > 0) drafted++;
      if (n > 1) duplicates += n - 1;
    }
    // Cross-check against the Gmail fake itself: drafts that exist per thread right now.
    return { drafted, lost: emails.length - drafted, duplicates };
  }

  /** Drafts the fake holds per thread (catches a draft created outside drafts.create, e.g. replaced). */
  draftsInGmail(emails: Email[]): {
    threadsWithDraft: number;
    threadsWithSeveral: number;
    total: number;
  } {
    const wanted = new Set(emails.map((e) => `${e.address}|${e.threadId}`));
    const perThread = new Map<string, number>();
    let total = 0;
    for (const address of new Set(emails.map((e) => e.address))) {
      for (const d of this.stack.gmail.drafts(address)) {
        const key = `${address}|${d.message.threadId}`;
        if (!wanted.has(key)) continue;
        total++;
        perThread.set(key, (perThread.get(key) ?? 0) + 1);
      }
    }
    return {
      threadsWithDraft: perThread.size,
      threadsWithSeveral: [...perThread.values()].filter((n) => n > 1).length,
      total,
    };
  }

  async waitDrafted(
    emails: Email[],
    timeoutMs: number,
    onTick?: (drafted: number) => void,
  ): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    let last = -1;
    for (;;) {
      const { drafted } = this.tally(emails);
      if (drafted !== last) onTick?.(drafted);
      last = drafted;
      if (drafted === emails.length || Date.now() > deadline) return drafted;
      await sleep(500);
    }
  }

  /** Tasks by status in Postgres (the source of truth): every one should end completed. */
  async taskStatuses(): Promise<Record<string, number>> {
    const rows = await this.stack.query<{ status: string; n: string }>(
      'SELECT status, count(*) AS n FROM processing_tasks GROUP BY status',
    );
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  }

  async counts(): Promise<{
    emails: number;
    tasks: number;
    notifications: number;
    deadLetters: number;
  }> {
    const [row] = await this.stack.query<Record<string, string>>(
      `SELECT (SELECT count(*) FROM emails) AS emails, (SELECT count(*) FROM processing_tasks) AS tasks,
              (SELECT count(*) FROM pubsub_notifications) AS notifications, (SELECT count(*) FROM failed_tasks) AS dead`,
    );
    return {
      emails: Number(row.emails),
      tasks: Number(row.tasks),
      notifications: Number(row.notifications),
      deadLetters: Number(row.dead),
    };
  }

  async close(): Promise<void> {
    await this.stack?.close();
    await this.openai.stop();
  }
}

export function shuffle<T>(items: T[], random = Math.random): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
