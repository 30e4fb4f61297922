import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import autocannon from 'autocannon';
import { round } from './infra.js';
import { roleNodeBinary } from './roles.js';

/**
 * The machine's own ceiling for any HTTP endpoint driven by this load generator: a bare
 * node:http server (same Node binary as the roles) that reads the body, parses it as JSON and
 * answers 204, with no framework, no verification, no storage and no logging. Printed beside the
 * webhook's figures so a ratio target can be read against what HTTP alone allows on this host.
 */
const SERVER = `
const http = require('node:http');
const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => { JSON.parse(body || '{}'); res.statusCode = 204; res.end(); });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

export interface HttpFloorRun {
  connections: number;
  rps: number;
  p99Ms: number;
}

export class HttpFloor {
  private proc?: ChildProcess;
  private port = 0;

  async start(): Promise<this> {
    this.proc = spawn(roleNodeBinary(), ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
    const [chunk] = (await once(this.proc.stdout!, 'data')) as [Buffer];
    this.port = Number(chunk.toString().trim());
    return this;
  }

  async run(connections: number, seconds: number, body: string): Promise<HttpFloorRun> {
    const r = await autocannon({
      url: `http://127.0.0.1:${this.port}/`,
      method: 'POST',
      connections,
      duration: seconds,
      headers: { 'content-type': 'application/json' },
      body,
    });
    return { connections, rps: round(r['2xx'] / seconds, 0), p99Ms: r.latency.p99 };
  }

  async close(): Promise<void> {
    // Exited already, or killed by a signal (exitCode stays null then): no 'exit' to wait for.
    if (!this.proc || this.proc.exitCode !== null || this.proc.signalCode !== null) return;
    this.proc.kill();
    await once(this.proc, 'exit');
  }
}
