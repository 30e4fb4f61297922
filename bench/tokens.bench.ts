/**
 * Tokens and money per email: prompt, cached and completion tokens per classify and per reply,
 * and the cost per email, through the product (api + worker processes from dist, OpenAI's real
 * SDK against the fake, whose usage fields model OpenAI's prompt caching). Two runs:
 *
 * - demo: the demo inbox (dev/demo/inbox) delivered to one mailbox, answered by the fake's
 *   default responder (the offline classifier and reply writer);
 * - bulk: BULK_EMAILS emails over BULK_MAILBOXES mailboxes: BULK_MAILINGS announcements sent
 *   one by one to BULK_RECIPIENTS mailboxes each (no list headers, so they reach the LLM), the
 *   rest personal questions, each unique. Shows the shared classification cache's hit share.
 *
 * Cost uses the product's price table (llm-prices.ts, gpt-4o-mini), as stored per task
 * (ai_responses.cost_usd); `batchCostUsdPerEmail` is the same usage at the Batch API's half
 * price. One JSON line on stdout.
 *
 *   npm run bench:tokens
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { BATCH_PRICE_FACTOR } from '../src/modules/llm/llm-prices.js';
import { demoInbox } from '../dev/demo/inbox/index.js';
import type { FakeLlmRequest } from '../test/fakes/llm-fake.server.js';
import { OpenAiFake } from '../test/fakes/openai.fake.js';
import type { GmailMessageSpec } from '../test/fakes/gmail/gmail-message.builder.js';
import { gitState } from './lib/git.js';
import { runBench } from './lib/run.js';
import { Stack } from './lib/stack.js';

const MODEL = 'gpt-4o-mini';
const BULK_EMAILS = Number(process.env.BENCH_BULK_EMAILS ?? 500);
const BULK_MAILBOXES = Number(process.env.BENCH_BULK_MAILBOXES ?? 50);
const BULK_MAILINGS = 10;
const BULK_RECIPIENTS = 30;

interface Delivery {
  address: string;
  spec: GmailMessageSpec;
  labelIds?: string[];
}

/** An announcement mailed to each recipient separately: identical content in every mailbox. */
function mailing(n: number): GmailMessageSpec {
  return {
    from: `Office Team <office${n}@corp.example>`,
    subject: `Building notice ${n}: access changes next week`,
    text:
      `Hello everyone,\n\nfrom Monday the north entrance (notice ${n}) is closed for renovation. ` +
      'Please use the south entrance; badges work as before. The canteen keeps its hours.\n\nOffice Team',
  };
}

function question(n: number): GmailMessageSpec {
  return {
    from: `Customer ${n} <customer${n}@buyer.example>`,
    subject: `Order ${1000 + n}: delivery date?`,
    text: `Hi,\n\ncould you tell me when order ${1000 + n} ships and whether it can arrive before Friday?\n\nThanks,\nCustomer ${n}`,
  };
}

/** Per-call token figures from the fake's log (what the provider reported). */
function callStats(requests: FakeLlmRequest[]) {
  const ok = requests.filter((r) => r.status === 200 && r.usage);
  const n = ok.length;
  const sum = (f: (r: FakeLlmRequest) => number) => ok.reduce((a, r) => a + f(r), 0);
  const prompt = sum((r) => r.usage!.promptTokens);
  const cached = sum((r) => r.usage!.cachedTokens);
  return {
    calls: n,
    promptTokensPerCall: n ? round(prompt / n, 1) : 0,
    cachedFraction: prompt ? round(cached / prompt, 3) : 0,
    completionTokensPerCall: n ? round(sum((r) => r.usage!.completionTokens) / n, 1) : 0,
  };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

async function main(): Promise<void> {
  const openai = new OpenAiFake();
  await openai.start();
  const stack = await new Stack({
    name: 'tokens',
    env: {
      LLM_PROVIDER: 'openai',
      OPENAI_API_KEY: openai.apiKey,
      OPENAI_BASE_URL: openai.baseURL,
      OPENAI_MODEL: MODEL,
      LLM_FALLBACK_PROVIDER: 'none',
      DAILY_DRAFT_CAP: '100000',
      DAILY_LLM_CALL_CAP: '100000000',
      CLASSIFICATION_CACHE_TTL_HOURS: '24',
    },
  }).start();
  try {
    const api = await stack.role('api', 'api').start();
    await stack.role('worker', 'worker').start();

    /** Delivers, pushes and waits until every task of the run is final; then its figures. */
    const run = async (name: string, deliveries: Delivery[]) => {
      openai.requests.length = 0;
      const ids: string[] = [];
      for (const d of deliveries) {
        const delivered = stack.gmail.deliver(d.address, d.spec, { labelIds: d.labelIds });
        ids.push(delivered.id);
        const status = await stack.push(api.url, d.address, delivered.historyId);
        if (status !== 204) throw new Error(`${name}: push answered ${status}`);
      }
      const deadline = Date.now() + 300_000;
      for (;;) {
        const [{ open }] = await stack.query<{ open: number }>(
          `SELECT count(*)::int AS open FROM emails e LEFT JOIN processing_tasks t ON t.email_id = e.id
            WHERE e.message_id = ANY($1) AND (t.id IS NULL OR t.status NOT IN ('completed', 'skipped', 'failed'))`,
          [ids],
        );
        const [{ known }] = await stack.query<{ known: number }>(
          'SELECT count(*)::int AS known FROM emails WHERE message_id = ANY($1)',
          [ids],
        );
        if (known === ids.length && open === 0) break;
        if (Date.now() > deadline) throw new Error(`${name}: ${open} tasks still open`);
        await sleep(250);
      }
      const [row] = await stack.query<{
        cost: number;
        cached_hits: number;
        prefiltered: number;
        failed: number;
      }>(
        `SELECT coalesce(sum(r.cost_usd), 0)::float8 AS cost,
                count(*) FILTER (WHERE r.model_used LIKE 'cache:%')::int AS cached_hits,
                count(*) FILTER (WHERE r.model_used LIKE 'prefilter:%')::int AS prefiltered,
                count(*) FILTER (WHERE t.status = 'failed')::int AS failed
           FROM emails e JOIN processing_tasks t ON t.email_id = e.id
           LEFT JOIN ai_responses r ON r.task_id = t.id
          WHERE e.message_id = ANY($1)`,
        [ids],
      );
      const classify = openai.requests.filter((r) => r.jsonRequested);
      const reply = openai.requests.filter((r) => !r.jsonRequested);
      const reachedClassifier = classify.length + row.cached_hits;
      return {
        emails: ids.length,
        prefiltered: row.prefiltered,
        failed: row.failed,
        classify: callStats(classify),
        reply: callStats(reply),
        classificationCacheHits: row.cached_hits,
        // Of the emails that needed a classification, the share the shared cache answered.
        cacheHitShare: reachedClassifier ? round(row.cached_hits / reachedClassifier, 3) : 0,
        costUsdPerEmail: round(row.cost / ids.length, 8),
        batchCostUsdPerEmail: round((row.cost * BATCH_PRICE_FACTOR) / ids.length, 8),
      };
    };

    const [owner] = await stack.seedMailboxes(1, 'demo');
    const demo = await run(
      'demo',
      demoInbox()
        .filter((e) => !e.gmailSpam)
        .map((e) => ({ address: owner, spec: e.message, labelIds: e.labelIds })),
    );

    const mailboxes = await stack.seedMailboxes(BULK_MAILBOXES, 'bulk');
    const deliveries: Delivery[] = [];
    for (let m = 0; m < BULK_MAILINGS; m++)
      for (let r = 0; r < BULK_RECIPIENTS; r++)
        deliveries.push({ address: mailboxes[(m * 7 + r) % mailboxes.length], spec: mailing(m) });
    for (let i = 0; deliveries.length < BULK_EMAILS; i++)
      deliveries.push({ address: mailboxes[i % mailboxes.length], spec: question(i) });
    // Interleaved, as mail arrives: a mailing reaches its recipients spread over the run.
    deliveries.sort((a, b) => hash(a.address + a.spec.subject) - hash(b.address + b.spec.subject));
    const bulk = await run('bulk', deliveries);

    const git = gitState();
    process.stdout.write(
      `${JSON.stringify({
        bench: 'tokens',
        date: new Date().toISOString().slice(0, 10),
        commit: git.head,
        srcDirty: git.srcDirty,
        model: MODEL,
        demo,
        bulk: {
          ...bulk,
          mailboxes: BULK_MAILBOXES,
          mailings: BULK_MAILINGS,
          recipientsPerMailing: BULK_RECIPIENTS,
        },
      })}\n`,
    );
  } finally {
    await stack.close();
    await openai.stop();
  }
}

/** A stable shuffle key (FNV-1a), so runs deliver in the same order. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

runBench(main);
