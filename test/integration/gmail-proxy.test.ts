import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForwardProxy, setEnv } from '../support/forward-proxy.js';
import { useGmailAdapterHarness } from './gmail-adapter.harness.js';

// Gmail calls go through gaxios' default fetch; gaxios builds the proxy
// agent from HTTPS_PROXY for the API calls as well as for the token refresh.
const { fake, makeAdapter, newMailbox } = useGmailAdapterHarness();

describe('Gmail calls behind HTTPS_PROXY', () => {
  // https-proxy-agent (gaxios' proxy agent) tunnels with CONNECT.
  const proxy = new ForwardProxy();
  const tunnels = proxy.tunnels;
  let restoreEnv = () => {};

  beforeAll(async () => {
    await proxy.start();
    restoreEnv = setEnv({ HTTPS_PROXY: proxy.url, NO_PROXY: undefined });
  });
  afterAll(async () => {
    restoreEnv();
    await proxy.stop();
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
