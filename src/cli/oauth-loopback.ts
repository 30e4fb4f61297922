import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { GoogleConsent } from '../modules/gmail/google-consent.js';

export interface LoopbackOptions {
  clientId: string;
  clientSecret: string;
  authUrl: string;
  tokenUrl: string;
  /** Called with the URL the user must open. */
  onAuthUrl: (url: string) => void;
  timeoutMs?: number;
}

/**
 * Google's installed-app flow: a one-shot HTTP listener on 127.0.0.1 receives the redirect,
 * with PKCE and a state check, then the code is exchanged for tokens. Returns the refresh token.
 */
export async function runLoopbackFlow(opts: LoopbackOptions): Promise<string> {
  const state = randomBytes(16).toString('hex');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const redirectUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oauth2callback`;
  const consent = new GoogleConsent(opts, redirectUri);
  const request = await consent.request(state);
  try {
    const code = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('timed out waiting for the OAuth redirect')),
        opts.timeoutMs ?? 300_000,
      );
      server.on('request', (req, res) => {
        const url = new URL(req.url ?? '/', redirectUri);
        if (url.pathname !== '/oauth2callback') {
          res.writeHead(404).end();
          return;
        }
        const error = url.searchParams.get('error');
        const got = url.searchParams.get('code');
        const ok = !error && got && url.searchParams.get('state') === state;
        res.writeHead(ok ? 200 : 400, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(
          ok
            ? 'Mailbox connected. You can close this tab.'
            : 'Authorization failed. Check the terminal.',
        );
        clearTimeout(timer);
        if (ok) resolve(got);
        else
          reject(
            new Error(error ? `authorization denied: ${error}` : 'state mismatch or missing code'),
          );
      });
      opts.onAuthUrl(request.url);
    });
    return await consent.refreshTokenFor(code, request.codeVerifier);
  } finally {
    server.close();
  }
}
