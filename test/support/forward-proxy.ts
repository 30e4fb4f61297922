import { createServer, request, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';

/**
 * An HTTP proxy on 127.0.0.1 that tunnels CONNECT (what https-proxy-agent and undici's
 * ProxyAgent speak for https) and forwards absolute-form requests, recording the targets of each.
 */
export class ForwardProxy {
  /** host:port of each CONNECT tunnel opened. */
  readonly tunnels: string[] = [];
  /** host:port of each request forwarded without a tunnel. */
  readonly forwarded: string[] = [];
  private readonly server: Server;

  constructor() {
    this.server = createServer((req, res) => {
      const target = new URL(req.url ?? '');
      this.forwarded.push(target.host);
      const upstream = request(target, { method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    });
    this.server.on('connect', (req, client, head) => {
      this.tunnels.push(req.url ?? '');
      const [host, port] = (req.url ?? '').split(':');
      const upstream = connect(Number(port), host, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Every target seen, tunnelled or forwarded. */
  get targets(): string[] {
    return [...this.tunnels, ...this.forwarded];
  }

  reset(): void {
    this.tunnels.length = 0;
    this.forwarded.length = 0;
  }

  async start(): Promise<void> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((r) => this.server.close(r));
  }
}

/** Sets (or, for undefined, removes) environment variables; returns what puts them back. */
export function setEnv(values: Record<string, string | undefined>): () => void {
  const saved = Object.fromEntries(Object.keys(values).map((k) => [k, process.env[k]]));
  const apply = (vars: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(vars)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  apply(values);
  return () => apply(saved);
}
