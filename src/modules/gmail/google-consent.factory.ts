import { Injectable } from '@nestjs/common';
import { GmailConfig } from './gmail.config.js';
import { GoogleConsent } from './google-consent.js';

/** Google consent flows with this deployment's OAuth client, for a given redirect URI. */
@Injectable()
export class GoogleConsentFactory {
  constructor(private readonly config: GmailConfig) {}

  /** Whether an OAuth client is configured at all (GOOGLE_OAUTH_CLIENT_ID and _SECRET). */
  get configured(): boolean {
    return Boolean(this.config.GOOGLE_OAUTH_CLIENT_ID && this.config.GOOGLE_OAUTH_CLIENT_SECRET);
  }

  forRedirect(redirectUri: string): GoogleConsent {
    return new GoogleConsent(
      {
        clientId: this.config.GOOGLE_OAUTH_CLIENT_ID ?? '',
        clientSecret: this.config.GOOGLE_OAUTH_CLIENT_SECRET ?? '',
        authUrl: this.config.GOOGLE_OAUTH_AUTH_URL,
        tokenUrl: this.config.GOOGLE_OAUTH_TOKEN_URL,
      },
      redirectUri,
    );
  }
}
