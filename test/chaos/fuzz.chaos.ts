/**
 * npm run fuzz — random and malformed requests (fast-check) against every operation of the
 * api role's OpenAPI document (admin API, webhook, health) plus the webhook with valid OIDC
 * tokens and hostile push envelopes. Passes when no request gets a 5xx and the process survives.
 *
 * Env knobs: FUZZ_RUNS=300 (per operation and body shape)  FUZZ_SEED=<n> (replay a run)
 */
import { createHash, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { loadConditions, log, printResult, round } from '../../bench/lib/infra.js';
import { Stack } from '../../bench/lib/stack.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

interface Operation {
  method: string;
  path: string;
  params: { name: string; in: string }[];
}

interface Failure {
  operation: string;
  status: number;
  request: unknown;
  body: string;
}

async function main(): Promise<void> {
  const before = loadConditions();
  const adminKey = randomBytes(24).toString('base64url');
  const stack = await new Stack({
    name: 'fuzz',
    env: {
      ADMIN_API_KEYS: `admin:${createHash('sha256').update(adminKey).digest('hex')}`,
      ADMIN_RATE_LIMIT_PER_MINUTE: '10000000',
      // The operations to fuzz are read from the OpenAPI document.
      SWAGGER_ENABLED: 'true',
    },
  }).start();
  let exitCode: number;
  try {
    const [address] = await stack.seedMailboxes(3, 'fuzz');
    // Real ids too, so handlers get past "not found" into their state checks.
    const mailboxIds = (await stack.query<{ id: string }>('SELECT id FROM mailboxes')).map(
      (r) => r.id,
    );
    const api = await stack.role('api', 'api').start();
    const token = await stack.pushToken();
    const doc = (await (await fetch(`${api.url}/api/docs-json`)).json()) as {
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
    };
    const operations: Operation[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        operations.push({ method: method.toUpperCase(), path, params: op.parameters ?? [] });
      }
    }
    log(`fuzzing ${operations.length} operations × ${RUNS} runs (seed ${SEED})`);

    const failures: Failure[] = [];
    const statusCounts = new Map<number, number>();
    let requests = 0;
    const send = async (
      operation: string,
      url: string,
      init: RequestInit,
      request: unknown,
    ): Promise<boolean> => {
      requests++;
      let status = 0;
      let text: string;
      try {
        const res = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
        status = res.status;
        // An accepted event stream (GET /api/v1/events) stays open for minutes by design: its
        // status is the answer; the body is dropped instead of read to the timeout.
        if (res.headers.get('content-type')?.startsWith('text/event-stream')) {
          await res.body?.cancel();
          text = '';
        } else text = (await res.text()).slice(0, 300);
      } catch (error) {
        // fetch reports "fetch failed"; the socket-level reason is in `cause`.
        const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
        text = `transport error: ${(error as Error).message}${cause ? ` (${cause.code ?? ''} ${cause.message ?? ''})` : ''}`;
      }
      statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1);
      if (status >= 500 || status === 0) {
        failures.push({ operation, status, request, body: text });
        return false;
      }
      return true;
    };

    // Hostile strings: unicode, control characters, traversal, SQL, huge, numbers as strings.
    const nasty = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom(
        '..',
        '../../etc/passwd',
        "' OR 1=1 --",
        '%00',
        '-1',
        '0',
        '1e309',
        'NaN',
        'null',
        '[]',
        '{}',
        '9'.repeat(40),
        // Dates JavaScript accepts but PostgreSQL cannot store (timestamptz spans 4713 BC to 294276 AD).
        '+275760-09-13T00:00:00.000Z',
        '-271821-04-20T00:00:00.000Z',
        'a'.repeat(5000),
      ),
      fc.uuid().map(String),
      fc.constantFrom(...mailboxIds, '1', '2'),
      fc.integer().map(String),
      fc.bigInt().map(String),
    );
    const jsonBody = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue()),
      fc.array(fc.jsonValue(), { maxLength: 5 }),
    );
    const rawBody = fc.oneof(
      jsonBody.map((v) => ({ type: 'application/json', body: JSON.stringify(v) })),
      fc.string({ maxLength: 200 }).map((s) => ({ type: 'application/json', body: s })),
      fc
        .uint8Array({ maxLength: 200 })
        .map((b) => ({ type: 'application/json', body: Buffer.from(b).toString('latin1') })),
      fc.string({ maxLength: 100 }).map((s) => ({ type: 'text/plain', body: s })),
      fc
        .string({ maxLength: 100 })
        .map((s) => ({ type: 'application/x-www-form-urlencoded', body: s })),
      fc.constant({ type: 'application/json', body: '{"a":'.repeat(2000) }),
      fc.constant({ type: 'application/json', body: `{"x":"${'y'.repeat(1_200_000)}"}` }),
    );
    const auth = fc.oneof(
      { weight: 6, arbitrary: fc.constant({ 'x-api-key': adminKey }) },
      { weight: 1, arbitrary: fc.constant({ authorization: `Bearer ${adminKey}` }) },
      {
        weight: 1,
        arbitrary: nasty.map((k) => ({ 'x-api-key': k.replace(/[^\x20-\x7e]/g, '') || 'x' })),
      },
      { weight: 1, arbitrary: fc.constant({} as Record<string, string>) },
    );

    const runProperty = async (name: string, property: fc.IAsyncProperty<unknown>) => {
      const result = await fc.check(property, { numRuns: RUNS, seed: SEED, endOnFailure: true });
      if (result.failed)
        log(`${name}: counterexample ${JSON.stringify(result.counterexample).slice(0, 300)}`);
    };

    for (const op of operations) {
      const name = `${op.method} ${op.path}`;
      const pathParams = op.params.filter((p) => p.in === 'path').map((p) => p.name);
      const queryParams = op.params.filter((p) => p.in === 'query').map((p) => p.name);
      await runProperty(
        name,
        fc.asyncProperty(
          fc.array(nasty, { minLength: pathParams.length, maxLength: pathParams.length }),
          fc.dictionary(
            fc.oneof(
              fc.constantFrom(...(queryParams.length ? queryParams : ['q'])),
              fc.string({ maxLength: 8 }),
            ),
            nasty,
            { maxKeys: 4 },
          ),
          rawBody,
          auth,
          async (values, query, body, headers) => {
            let path = op.path;
            pathParams.forEach(
              (p, i) => (path = path.replace(`{${p}}`, encodeURIComponent(values[i]))),
            );
            const qs = new URLSearchParams(query).toString();
            const url = `${api.url}${path}${qs ? `?${qs}` : ''}`;
            const init: RequestInit = { method: op.method, headers: { ...headers } };
            if (op.method !== 'GET') {
              init.body = body.body;
              (init.headers as Record<string, string>)['content-type'] = body.type;
            }
            return send(name, url, init, {
              url,
              method: op.method,
              headers: Object.keys(headers),
              bodyType: body.type,
              body: body.body.slice(0, 200),
            });
          },
        ),
      );
    }

    // The webhook behind a valid OIDC token: hostile envelopes and hostile decoded data.
    const data = fc.oneof(
      fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v)).toString('base64')),
      fc
        .record(
          {
            emailAddress: fc.oneof(fc.constant(address), nasty, fc.jsonValue()),
            historyId: fc.oneof(
              fc.integer(),
              fc.bigInt().map(String),
              nasty,
              fc.double(),
              fc.jsonValue(),
            ),
          },
          { requiredKeys: [] },
        )
        .map((v) => Buffer.from(JSON.stringify(v)).toString('base64')),
      nasty,
      fc.jsonValue(),
    );
    const envelope = fc.record(
      {
        message: fc.oneof(
          fc.record(
            {
              data,
              messageId: fc.oneof(nasty, fc.jsonValue()),
              message_id: nasty,
              publishTime: nasty,
              attributes: fc.jsonValue(),
            },
            { requiredKeys: [] },
          ),
          fc.jsonValue(),
        ),
        subscription: fc.oneof(nasty, fc.jsonValue()),
        deliveryAttempt: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    await runProperty(
      'POST /api/webhook/gmail (authenticated)',
      fc.asyncProperty(envelope, async (body) =>
        send(
          'POST /api/webhook/gmail (authenticated)',
          `${api.url}/api/webhook/gmail`,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify(body),
          },
          body,
        ),
      ),
    );
    // Valid pushes for a served mailbox, hostile only in their metadata (what reaches the INSERT).
    const validPush = fc.record({
      historyId: fc.integer({ min: 1 }),
      messageId: fc.oneof(fc.uuid().map(String), fc.string({ minLength: 1, maxLength: 255 })),
      publishTime: fc.oneof(
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        nasty,
      ),
      attributes: fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 }), {
        maxKeys: 3,
      }),
    });
    await runProperty(
      'POST /api/webhook/gmail (valid push, hostile metadata)',
      fc.asyncProperty(validPush, async (p) => {
        const body = {
          message: {
            data: Buffer.from(
              JSON.stringify({ emailAddress: address, historyId: p.historyId }),
            ).toString('base64'),
            messageId: p.messageId,
            publishTime: p.publishTime,
            attributes: p.attributes,
          },
          subscription: 'projects/p/subscriptions/s',
        };
        return send(
          'POST /api/webhook/gmail (valid push, hostile metadata)',
          `${api.url}/api/webhook/gmail`,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify(body),
          },
          body,
        );
      }),
    );

    // Hostile tokens: truncated, re-signed with a foreign key, random text.
    const forged = await stack.oidc.token({}, { forged: true });
    await runProperty(
      'POST /api/webhook/gmail (bad tokens)',
      fc.asyncProperty(
        fc.oneof(
          nasty,
          fc.constant(forged),
          fc.constant(token.slice(0, -5)),
          fc.constant(`${token}.x`),
        ),
        async (t) =>
          send(
            'POST /api/webhook/gmail (bad tokens)',
            `${api.url}/api/webhook/gmail`,
            {
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                authorization: `Bearer ${t.replace(/[^\x20-\x7e]/g, '')}`,
              },
              body: '{}',
            },
            { token: t.slice(0, 50) },
          ),
      ),
    );

    const alive = api.alive;
    const live = alive ? (await fetch(`${api.url}/api/health/live`)).status : 0;
    const passed = failures.length === 0 && alive && live === 200;
    exitCode = passed ? 0 : 1;
    printResult({
      drill: 'fuzz',
      at: new Date().toISOString(),
      passed,
      seed: SEED,
      operations: operations.map((o) => `${o.method} ${o.path}`),
      runsPerProperty: RUNS,
      requests,
      statuses: Object.fromEntries([...statusCounts.entries()].sort((a, b) => a[0] - b[0])),
      failures: failures.slice(0, 20),
      failureCount: failures.length,
      apiAlive: alive,
      apiMemory: api.memory(),
      seconds: round(process.uptime(), 1),
      load: { before, after: loadConditions() },
    });
  } finally {
    await stack.close();
  }
  process.exit(exitCode);
}

main().catch((error: unknown) => {
  process.stderr.write(`fuzz failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
