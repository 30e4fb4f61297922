import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { ROOT } from './infra.js';
import { roleNodeBinary } from './roles.js';
import { wrkRun, type PushBodies, type WrkRun } from './wrk.js';

/**
 * The program text both storing floors share: pushes gather while `inFlight` batches run, and
 * each batch is passed to the program's own `async function store(items)`; every push of a
 * batch is answered 204 when it resolves, 503 when it throws (a group commit, as the webhook's).
 * `check` is code run first for each request, which may answer it and `return`.
 */
export function groupCommitServer(opts: { inFlight: string; check?: string }): string {
  return `
let pending = [];
let inFlight = 0;
function pump() {
  while (inFlight < ${opts.inFlight} && pending.length) {
    const batch = pending.splice(0, 200);
    inFlight++;
    store(batch).then(
      () => { for (const b of batch) { b.res.statusCode = 204; b.res.end(); } },
      () => { for (const b of batch) { b.res.statusCode = 503; b.res.end(); } },
    ).finally(() => { inFlight--; pump(); });
  }
}
const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    ${opts.check ?? ''}
    try {
      const message = JSON.parse(body).message;
      const data = JSON.parse(Buffer.from(message.data, 'base64').toString('utf8'));
      pending.push({ res, id: message.messageId, email: data.emailAddress, historyId: String(data.historyId), publishTime: message.publishTime || null });
      pump();
    } catch {
      res.statusCode = 400;
      res.end();
    }
  });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;
}

export type FloorRun = Pick<
  WrkRun,
  'connections' | 'rps' | 'p50Ms' | 'p99Ms' | 'non2xx' | 'errors' | 'timeouts'
>;

/**
 * A reference server for the webhook bench: a node:http program (same Node binary as the roles,
 * packages from this repository) started as a child, which prints its port, takes the same
 * pushes from the same load generator, and is stopped at the end. Each floor strips a layer of
 * what the webhook does, so the gap between two of them is what that layer costs on this host.
 */
export class FloorServer {
  private proc?: ChildProcess;
  private port = 0;

  constructor(
    private readonly name: string,
    private readonly code: string,
    private readonly env: Record<string, string>,
    private readonly dir: string,
  ) {}

  async start(): Promise<this> {
    this.proc = spawn(roleNodeBinary(), ['-e', this.code], {
      cwd: ROOT,
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    // A server that fails to start exits: reject then instead of waiting for its port forever.
    const exited = once(this.proc, 'exit').then(() => {
      throw new Error(`${this.name} server exited before listening`);
    });
    const [chunk] = (await Promise.race([once(this.proc.stdout!, 'data'), exited])) as [Buffer];
    this.port = Number(chunk.toString().trim());
    return this;
  }

  /** Distinct message ids (`tag` names the run), so every push is new. */
  async run(
    connections: number,
    seconds: number,
    push: PushBodies,
    tag: string,
    headers: Record<string, string> = {},
  ): Promise<FloorRun> {
    const {
      connections: c,
      rps,
      p50Ms,
      p99Ms,
      non2xx,
      errors,
      timeouts,
    } = await wrkRun(
      this.dir,
      {
        url: `http://127.0.0.1:${this.port}/`,
        headers: { 'content-type': 'application/json', ...headers },
        idPrefix: `${this.name}-${tag}`,
        push,
      },
      connections,
      seconds,
    );
    return { connections: c, rps, p50Ms, p99Ms, non2xx, errors, timeouts };
  }

  async close(): Promise<void> {
    // Exited already, or killed by a signal (exitCode stays null then): no 'exit' to wait for.
    if (!this.proc || this.proc.exitCode !== null || this.proc.signalCode !== null) return;
    this.proc.kill();
    await once(this.proc, 'exit');
  }
}
