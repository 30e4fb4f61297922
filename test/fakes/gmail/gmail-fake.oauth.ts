import { createHash, randomBytes } from 'node:crypto';
import { HttpError } from './gmail-fake.http.js';

export interface GmailFakeOAuthOptions {
  clientId?: string;
  clientSecret?: string;
  accessTokenTtlSeconds?: number;
}

const SCOPE = 'https://www.googleapis.com/auth/gmail.modify';

const oauthError = (status: number, error: string, description: string) =>
  new HttpError(status, { error, error_description: description });

/**
 * Google's side of OAuth for the Gmail fake: the consent page of the installed-app flow, the
 * token endpoint (authorization-code grant with PKCE, refresh-token grant) and the access tokens
 * it issued. `newGrant(email)` creates the mailbox and a refresh token for a completed consent.
 */
export class GmailFakeOAuth {
  private readonly refreshTokens = new Map<string, { email: string; revoked: boolean }>();
  private readonly accessTokens = new Map<
    string,
    { email: string; refreshToken: string; expiresAt: number }
  >();
  private readonly codes = new Map<
    string,
    { email: string; redirectUri?: string; codeChallenge?: string }
  >();
  private signedIn?: string;

  constructor(
    private readonly options: GmailFakeOAuthOptions,
    private readonly newGrant: (email: string) => string,
  ) {}

  grant(email: string, refreshToken: string): void {
    this.refreshTokens.set(refreshToken, { email, revoked: false });
  }

  revoke(refreshToken: string): void {
    const entry = this.refreshTokens.get(refreshToken);
    if (entry) entry.revoked = true;
    for (const [token, info] of this.accessTokens)
      if (info.refreshToken === refreshToken) this.accessTokens.delete(token);
  }

  /** The mailbox a live access token (an `Authorization: Bearer` value) belongs to. */
  holderOf(authorization: string | undefined): string | undefined {
    const token = /^Bearer\s+(\S.*)$/i.exec(authorization ?? '')?.[1];
    const info = token ? this.accessTokens.get(token) : undefined;
    return info && info.expiresAt >= Date.now() ? info.email : undefined;
  }

  /** An authorization code, as Google puts it on the redirect once `email` consented. */
  authorize(email: string, grant: { redirectUri?: string; codeChallenge?: string } = {}): string {
    const code = `4/fake-${randomBytes(8).toString('hex')}`;
    this.codes.set(code, { email, ...grant });
    return code;
  }

  signInAs(email: string): void {
    this.signedIn = email;
  }

  /**
   * Google's consent page, already clicked through: checks the request as Google would and
   * answers with the redirect to the app's loopback listener (302, code and state), or an error
   * page (400) for a request Google refuses.
   */
  consent(q: URLSearchParams): {
    status: number;
    body: unknown;
    headers?: Record<string, string>;
  } {
    const problem = this.consentProblem(q);
    if (problem) return { status: 400, body: { error: problem } };
    const redirectUri = q.get('redirect_uri')!;
    const loopback = new URL(redirectUri);
    const codeChallenge = q.get('code_challenge') ?? undefined;
    loopback.searchParams.set(
      'code',
      this.authorize(this.signedIn!, { redirectUri, codeChallenge }),
    );
    if (q.has('state')) loopback.searchParams.set('state', q.get('state')!);
    return { status: 302, body: '', headers: { location: loopback.toString() } };
  }

  /** Token endpoint: form-encoded, client secret in the body. */
  token(form: URLSearchParams | undefined): unknown {
    if (!form)
      throw oauthError(400, 'invalid_request', 'Expected application/x-www-form-urlencoded body');
    if (form.get('grant_type') === 'authorization_code') return this.exchangeCode(form);
    if (form.get('grant_type') !== 'refresh_token')
      throw oauthError(400, 'unsupported_grant_type', 'Invalid grant_type');
    const { clientId, clientSecret } = this.options;
    if (
      (clientId && form.get('client_id') !== clientId) ||
      (clientSecret && form.get('client_secret') !== clientSecret)
    ) {
      throw oauthError(401, 'invalid_client', 'The OAuth client was not found.');
    }
    const refreshToken = form.get('refresh_token') ?? '';
    const grant = this.refreshTokens.get(refreshToken);
    if (!grant || grant.revoked)
      throw oauthError(400, 'invalid_grant', 'Token has been expired or revoked.');
    const ttl = this.options.accessTokenTtlSeconds ?? 3599;
    return {
      access_token: this.issueAccessToken(grant.email, refreshToken, ttl),
      expires_in: ttl,
      scope: SCOPE,
      token_type: 'Bearer',
    };
  }

  /** What Google's consent page would refuse in this request, as its `error` code. */
  private consentProblem(q: URLSearchParams): string | undefined {
    if (this.options.clientId && q.get('client_id') !== this.options.clientId)
      return 'invalid_client';
    const redirect = URL.canParse(q.get('redirect_uri') ?? '')
      ? new URL(q.get('redirect_uri')!)
      : undefined;
    if (redirect?.protocol !== 'http:' || redirect.hostname !== '127.0.0.1')
      return 'redirect_uri_mismatch';
    if (q.get('response_type') !== 'code') return 'unsupported_response_type';
    if (q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge'))
      return 'invalid_request';
    const scopes = (q.get('scope') ?? '').split(' ');
    if (!scopes.some((s) => s.startsWith('https://www.googleapis.com/auth/gmail')))
      return 'invalid_scope';
    if (!this.signedIn) return 'access_denied';
    return undefined;
  }

  private exchangeCode(form: URLSearchParams): unknown {
    const code = form.get('code') ?? '';
    const grant = this.codes.get(code);
    if (!grant) throw oauthError(400, 'invalid_grant', 'Malformed auth code.');
    if (!form.get('redirect_uri'))
      throw oauthError(400, 'invalid_request', 'Missing parameter: redirect_uri');
    if (grant.redirectUri && form.get('redirect_uri') !== grant.redirectUri)
      throw oauthError(400, 'redirect_uri_mismatch', 'Bad Request');
    const verifier = form.get('code_verifier');
    if (!verifier) throw oauthError(400, 'invalid_grant', 'Missing code verifier.');
    if (
      grant.codeChallenge &&
      createHash('sha256').update(verifier).digest('base64url') !== grant.codeChallenge
    )
      throw oauthError(400, 'invalid_grant', 'Invalid code verifier.');
    this.codes.delete(code);
    const refreshToken = this.newGrant(grant.email);
    return {
      access_token: this.issueAccessToken(grant.email, refreshToken, 3599),
      refresh_token: refreshToken,
      expires_in: 3599,
      token_type: 'Bearer',
      scope: SCOPE,
    };
  }

  private issueAccessToken(email: string, refreshToken: string, ttlSeconds: number): string {
    const accessToken = `ya29.fake-${randomBytes(16).toString('hex')}`;
    this.accessTokens.set(accessToken, {
      email,
      refreshToken,
      expiresAt: Date.now() + ttlSeconds * 1000,
    });
    return accessToken;
  }
}
