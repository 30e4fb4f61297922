import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useGmailAdapterHarness } from './gmail-adapter.harness.js';

// Gmail calls go through gaxios' default fetch; gaxios builds the proxy
// agent from HTTPS_PROXY for the API calls as well as for the token refresh.
const { fake, makeAdapter, newMailbox } = useGmailAdapterHarness();

describe('Gmail calls behind HTTPS_PROXY', () => {
  let proxy: Server;
  const tunnels: string[] = [];
  const saved = { HTTPS_PROXY: process.env.HTTPS_PROXY, NO_PROXY: process.env.NO_PROXY };

  beforeAll(async () => {
    // A CONNECT proxy: what https-proxy-agent (gaxios' proxy agent) speaks.
    proxy = createServer((_req, res) => res.writeHead(405).end());
    proxy.on('connect', (req, client, head) => {
      tunnels.push(req.url ?? '');
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
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    process.env.HTTPS_PROXY = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    delete process.env.NO_PROXY;
  });
  afterAll(async () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    proxy.closeAllConnections();
    await new Promise((r) => proxy.close(r));
  });

  it('sends the Gmail calls through the proxy, not only the token refresh', async () => {
    const gmail = makeAdapter();
    const creds = newMailbox();
    const { id } = fake.deliver(creds.emailAddress, { subject: 'Via proxy', text: 'Hello' });
    const gmailHost = new URL(fake.rootUrl).host;
    // First call: token refresh + messages.get.
    expect((await gmail.getMessage(creds, id)).subject).toBe('Via proxy');
    // Second call: the access token is cached, so any new tunnel is the Gmail call's own
    // (the proxy agent does not keep tunnels alive). A direct connection would add none.
    const before = tunnels.length;
    expect((await gmail.getMessage(creds, id)).subject).toBe('Via proxy');
    expect(tunnels.slice(before)).toEqual([gmailHost]);
  });
});
