import { CodeChallengeMethod, OAuth2Client } from 'google-auth-library';

/** The one scope the assistant asks for: read mail, write drafts and labels (never send). */
export const GMAIL_SCOPES = ['https://www.googleapis.com/auth/gmail.modify'];

export interface ConsentClientOptions {
  clientId: string;
  clientSecret: string;
  authUrl: string;
  tokenUrl: string;
}

/** A consent request's secrets: the state that comes back and the PKCE verifier that must not. */
export interface ConsentRequest {
  url: string;
  state: string;
  codeVerifier: string;
}

/**
 * Google's authorization-code flow with PKCE (S256) and a state, shared by the CLI's loopback
 * listener and the api role's web callback: only where the redirect lands differs.
 */
export class GoogleConsent {
  private readonly client: OAuth2Client;

  constructor(
    opts: ConsentClientOptions,
    private readonly redirectUri: string,
  ) {
    this.client = new OAuth2Client({
      clientId: opts.clientId,
      clientSecret: opts.clientSecret,
      redirectUri,
      endpoints: { oauth2AuthBaseUrl: opts.authUrl, oauth2TokenUrl: opts.tokenUrl },
    });
  }

  /** The consent page's URL for a fresh state and PKCE pair. */
  async request(state: string): Promise<ConsentRequest> {
    const { codeVerifier, codeChallenge } = await this.client.generateCodeVerifierAsync();
    const url = this.client.generateAuthUrl({
      access_type: 'offline',
      // Without consent Google returns no refresh token for an account that granted before.
      prompt: 'consent',
      scope: GMAIL_SCOPES,
      state,
      code_challenge: codeChallenge,
      code_challenge_method: CodeChallengeMethod.S256,
    });
    return { url, state, codeVerifier };
  }

  /** Exchanges the redirect's code for the grant; returns the refresh token. */
  async refreshTokenFor(code: string, codeVerifier: string): Promise<string> {
    const { tokens } = await this.client.getToken({
      code,
      codeVerifier,
      redirect_uri: this.redirectUri,
    });
    if (!tokens.refresh_token)
      throw new Error('Google returned no refresh token (was prompt=consent honoured?)');
    return tokens.refresh_token;
  }
}
