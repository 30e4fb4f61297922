/**
 * Client-side CPU per API call through the real client libraries, by the `fetch` they are given:
 *
 * - OpenAI chat completion: the platform fetch (undici); the lean fetch
 *   (src/core/net/lean-fetch.ts) with its answer rebuilt as a platform Response (what the lean
 *   fetch returned before BufferedResponse; the rebuild adds one copy of the body); the lean
 *   fetch as the product uses it.
 * - Gmail users.messages.get (googleapis, format=full): gaxios' default (node-fetch); the lean
 *   fetch as the product uses it.
 *
 * The fakes answer from another process, so this process's CPU time is the clients' alone.
 * Variants alternate round by round; the medians over rounds are reported.
 *
 *   npm run bench:client-fetch   # BENCH_CALLS (2000 per round), BENCH_ROUNDS (7), BENCH_IN_FLIGHT (8)
 */
import { fork, type ChildProcess } from 'node:child_process';
import { OAuth2Client } from 'google-auth-library';
import { gmail as gmailApi, type gmail_v1 } from 'googleapis/build/src/apis/gmail/index.js';
import OpenAI from 'openai';
import { createLeanFetch } from '../src/core/net/lean-fetch.js';
import { GmailFake } from '../test/fakes/gmail/gmail.fake.js';
import { OpenAiFake } from '../test/fakes/openai.fake.js';
import { loadConditions, log, printResult, round } from './lib/infra.js';

const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 8);
const MAILBOX = 'bench@example.test';

interface Served {
  openai: { baseURL: string; apiKey: string };
  gmail: { rootUrl: string; tokenUrl: string; refreshToken: string; messageIds: string[] };
}

async function serve(): Promise<void> {
  const openai = new OpenAiFake();
  await openai.start();
  openai.respondWith((r) => ({
    text: r.jsonRequested
      ? '{"category":"needs_reply","confidence":0.95,"reasoning":"asks for a delivery date"}'
      : 'Hello,\n\nthank you for your message. Your order ships on Thursday.\n\nBest regards',
  }));
  const gmail = new GmailFake();
  await gmail.start();
  const { refreshToken } = gmail.addMailbox(MAILBOX);
  const messageIds = Array.from(
    { length: 50 },
    (_, i) =>
      gmail.deliver(MAILBOX, {
        from: 'customer@example.org',
        to: MAILBOX,
        subject: `Order ${i}`,
        text: 'When does my order ship? '.repeat(20),
      }).id,
  );
  const served: Served = {
    openai: { baseURL: openai.baseURL, apiKey: openai.apiKey },
    gmail: { rootUrl: gmail.rootUrl, tokenUrl: gmail.tokenUrl, refreshToken, messageIds },
  };
  process.send?.(served);
}

function platformResponse(inner: typeof fetch): typeof fetch {
  return async (input, init) => {
    const res = await inner(input, init);
    const body = res.status === 204 ? null : await res.arrayBuffer();
    return new Response(body, {
      status: res.status,
      statusText: res.statusText,
      headers: res.headers,
    });
  };
}

/** CPU µs per call for `calls` calls, IN_FLIGHT at a time. */
async function cpuMicrosPerCall(call: (i: number) => Promise<unknown>, calls: number) {
  let next = 0;
  const start = process.cpuUsage();
  const lane = async () => {
    while (next < calls) await call(next++);
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
  const used = process.cpuUsage(start);
  return (used.user + used.system) / calls;
}

function openAiCall(client: OpenAI) {
  return () =>
    client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'Classify the email.' },
        { role: 'user', content: 'Subject: order 1234\n\nWhen does my order ship? '.repeat(8) },
      ],
      response_format: { type: 'json_object' },
    });
}

function gmailCall(served: Served['gmail'], fetchImplementation?: typeof fetch) {
  const auth = new OAuth2Client({
    clientId: 'bench',
    clientSecret: 'bench',
    endpoints: { oauth2TokenUrl: served.tokenUrl },
  });
  auth.setCredentials({ refresh_token: served.refreshToken });
  // The options GmailClientCache uses, with or without its fetch.
  const gmail: gmail_v1.Gmail = gmailApi({
    version: 'v1',
    rootUrl: served.rootUrl,
    auth,
    retry: false,
    timeout: 30_000,
    ...(fetchImplementation ? { fetchImplementation } : {}),
  });
  return async (i: number) => {
    const id = served.messageIds[i % served.messageIds.length];
    const res = await gmail.users.messages.get({ userId: 'me', id, format: 'full' });
    if (res.data.id !== id) throw new Error(`messages.get answered ${res.data.id} for ${id}`);
  };
}

async function main(): Promise<void> {
  const before = loadConditions();
  const server: ChildProcess = fork(import.meta.filename, ['serve'], {
    execArgv: process.execArgv,
  });
  const served = await new Promise<Served>((resolve) =>
    server.once('message', (m) => resolve(m as Served)),
  );
  try {
    const { baseURL, apiKey } = served.openai;
    const variants: Record<string, (i: number) => Promise<unknown>> = {
      'openai.platformFetch': openAiCall(new OpenAI({ apiKey, baseURL, maxRetries: 0 })),
      'openai.leanFetchPlatformResponse': openAiCall(
        new OpenAI({ apiKey, baseURL, maxRetries: 0, fetch: platformResponse(createLeanFetch()) }),
      ),
      'openai.leanFetch': openAiCall(
        new OpenAI({ apiKey, baseURL, maxRetries: 0, fetch: createLeanFetch() }),
      ),
      'gmail.gaxiosDefault': gmailCall(served.gmail),
      'gmail.leanFetch': gmailCall(served.gmail, createLeanFetch()),
    };
    // Warm-up: JIT, sockets, the Gmail access token.
    for (const call of Object.values(variants)) await cpuMicrosPerCall(call, Math.min(CALLS, 500));
    const samples: Record<string, number[]> = Object.fromEntries(
      Object.keys(variants).map((k) => [k, []]),
    );
    for (let r = 0; r < ROUNDS; r++) {
      for (const [name, call] of Object.entries(variants)) {
        samples[name].push(round(await cpuMicrosPerCall(call, CALLS), 1));
      }
      log(
        `round ${r + 1}: ${Object.entries(samples)
          .map(([k, v]) => `${k} ${v[r]} µs`)
          .join(', ')}`,
      );
    }
    const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
    printResult({
      bench: 'client-fetch',
      calls: CALLS,
      rounds: ROUNDS,
      inFlight: IN_FLIGHT,
      cpuMicrosPerCall: Object.fromEntries(
        Object.entries(samples).map(([k, v]) => [k, { median: median(v), all: v }]),
      ),
      load: { before, after: loadConditions() },
    });
  } finally {
    server.kill();
  }
}

if (process.argv[2] === 'serve') void serve();
else
  main().catch((error) => {
    console.error('bench failed:', error);
    process.exit(1);
  });
