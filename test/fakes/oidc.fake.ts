import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, JWK, JWTPayload, SignJWT } from 'jose';

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;

/**
 * Google's OIDC side of Pub/Sub push, simulated: a JWKS endpoint serving keys generated here and
 * a signer that mints push tokens like Pub/Sub does (RS256, iss accounts.google.com, aud, email),
 * so the webhook's real verification runs in tests and in the demo.
 */
export class OidcFake {
  private server?: Server;
  private keys: { kid: string; pair: KeyPair; jwk: JWK }[] = [];
  jwksRequests = 0;
  url = '';

  static readonly serviceAccount = 'push@project.iam.gserviceaccount.com';
  static readonly audience = 'https://assistant.example.com/api/webhook/gmail';

  async start(): Promise<this> {
    await this.rotate();
    this.server = createServer((req, res) => {
      if (req.url === '/oauth2/v3/certs') {
        this.jwksRequests++;
        res.writeHead(200, {
          'content-type': 'application/json',
          'cache-control': 'public, max-age=3600',
        });
        res.end(JSON.stringify({ keys: this.keys.map((k) => k.jwk) }));
        return;
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/oauth2/v3/certs`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }

  /** Adds a new signing key (Google rotates keys; old tokens stay valid while their key is listed). */
  async rotate(): Promise<string> {
    const pair = await generateKeyPair('RS256', { extractable: true });
    const kid = `kid-${this.keys.length + 1}-${Date.now()}`;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid, alg: 'RS256', use: 'sig' };
    this.keys.push({ kid, pair, jwk });
    return kid;
  }

  /** A push token; override any claim, or sign with a key that is not published (`forged`). */
  async token(
    overrides: JWTPayload & { expiresIn?: string | number } = {},
    opts: { forged?: boolean; kid?: string } = {},
  ): Promise<string> {
    const { expiresIn, ...claims } = overrides;
    const key = opts.forged
      ? { kid: this.keys.at(-1)!.kid, pair: await generateKeyPair('RS256') }
      : (this.keys.find((k) => k.kid === opts.kid) ?? this.keys.at(-1)!);
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({
      iss: 'https://accounts.google.com',
      aud: OidcFake.audience,
      email: OidcFake.serviceAccount,
      email_verified: true,
      sub: '1234567890',
      iat: now,
      ...claims,
    })
      .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
      .setExpirationTime(expiresIn ?? '1h')
      .sign(key.pair.privateKey);
  }
}

/** A Pub/Sub push body carrying a Gmail notification. */
export function pushBody(
  emailAddress: string,
  historyId: string | number,
  messageId = `${Date.now()}${Math.floor(Math.random() * 1e6)}`,
) {
  return {
    message: {
      data: Buffer.from(JSON.stringify({ emailAddress, historyId: Number(historyId) })).toString(
        'base64',
      ),
      messageId,
      message_id: messageId,
      publishTime: new Date().toISOString(),
    },
    subscription: 'projects/test/subscriptions/gmail-push',
  };
}
