/**
 * Client-side CPU per chat completion through the real OpenAI SDK, by the `fetch` it is given:
 * the platform fetch (undici), the lean fetch (src/core/net/lean-fetch.ts) as the product uses
 * it, and the lean fetch with its answer rebuilt as a platform Response (what the lean fetch
 * returned before its BufferedResponse). The fake answers from another process, so this
 * process's CPU time is the client's alone. Variants alternate round by round; the medians
 * over rounds are reported.
 *
 *   npm run bench:llm-fetch        # BENCH_CALLS (2000 per round), BENCH_ROUNDS (7), BENCH_IN_FLIGHT (8)
 */
import { fork, type ChildProcess } from 'node:child_process';
import OpenAI from 'openai';
import { createLeanFetch } from '../src/core/net/lean-fetch';
import { OpenAiFake } from '../test/fakes/openai.fake';
import { loadConditions, log, printResult, round } from './lib/infra';

const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 8);

async function serve(): Promise<void> {
  const fake = new OpenAiFake();
  await fake.start();
  fake.respondWith((r) => ({
    text: r.jsonRequested
      ? '{"category":"needs_reply","confidence":0.95,"reasoning":"asks for a delivery date"}'
      : 'Hello,\n\nthank you for your message. Your order ships on Thursday.\n\nBest regards',
  }));
  process.send?.({ baseURL: fake.baseURL, apiKey: fake.apiKey });
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

async function callsCpuMicros(client: OpenAI, calls: number): Promise<number> {
  let next = 0;
  const start = process.cpuUsage();
  const lane = async () => {
    while (next++ < calls) {
      await client.chat.completions.create({
        model: 'gpt-4o-mini',
        messages: [
          { role: 'system', content: 'Classify the email.' },
          { role: 'user', content: 'Subject: order 1234\n\nWhen does my order ship? '.repeat(8) },
        ],
        response_format: { type: 'json_object' },
      });
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
  const used = process.cpuUsage(start);
  return (used.user + used.system) / calls;
}

async function main(): Promise<void> {
  const before = loadConditions();
  const server: ChildProcess = fork(__filename, ['serve'], { execArgv: process.execArgv });
  const { baseURL, apiKey } = await new Promise<{ baseURL: string; apiKey: string }>((resolve) =>
    server.once('message', (m) => resolve(m as { baseURL: string; apiKey: string })),
  );
  try {
    const variants: Record<string, OpenAI> = {
      platformFetch: new OpenAI({ apiKey, baseURL, maxRetries: 0 }),
      leanFetchPlatformResponse: new OpenAI({
        apiKey,
        baseURL,
        maxRetries: 0,
        fetch: platformResponse(createLeanFetch()),
      }),
      leanFetch: new OpenAI({ apiKey, baseURL, maxRetries: 0, fetch: createLeanFetch() }),
    };
    for (const client of Object.values(variants))
      await callsCpuMicros(client, Math.min(CALLS, 500));
    const samples: Record<string, number[]> = Object.fromEntries(
      Object.keys(variants).map((k) => [k, []]),
    );
    for (let r = 0; r < ROUNDS; r++) {
      for (const [name, client] of Object.entries(variants)) {
        samples[name].push(round(await callsCpuMicros(client, CALLS), 1));
      }
      log(
        `round ${r + 1}: ${Object.entries(samples)
          .map(([k, v]) => `${k} ${v[r]} µs`)
          .join(', ')}`,
      );
    }
    const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
    printResult({
      bench: 'llm-fetch',
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
