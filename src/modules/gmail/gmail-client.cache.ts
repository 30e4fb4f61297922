import { OAuth2Client } from 'google-auth-library';
import { LRUCache } from 'lru-cache';
// Only the Gmail API: the package's index loads every Google API, whose source strings and code
// then sit in every process's heap (docs/BENCHMARKS.md). Same code as @googleapis/gmail.
import { gmail as gmailApi, type gmail_v1 } from 'googleapis/build/src/apis/gmail/index.js';
import type { GmailConfig } from './gmail.config.js';
import type { GmailCredentials } from './gmail-client.port.js';

/**
 * Gmail accepts messages up to 50 MB; the largest answer (`format: 'full'`, the whole message
 * base64url-encoded in JSON) stays under this.
 */
export const GMAIL_MAX_RESPONSE_BYTES = 80 * 1024 * 1024;

/**
 * Access tokens kept at most (each a few hundred bytes): enough for a large fleet, so a mailbox
 * whose client was evicted between two syncs still skips the token endpoint.
 */
const MAX_KEPT_ACCESS_TOKENS = 50_000;

interface KeptAccessToken {
  refreshToken: string;
  accessToken: string;
  expiryDate: number;
}

export interface MailboxClient {
  refreshToken: string;
  auth: OAuth2Client;
  gmail: gmail_v1.Gmail;
}

/**
 * One OAuth2Client + Gmail client per mailbox, kept so access tokens are reused until they
 * near expiry (the client refreshes them itself through the configured token URL).
 * Least-recently-used eviction bounds memory with many mailboxes; a changed refresh token
 * (mailbox re-connected) replaces the entry. Access tokens are also kept apart from the clients,
 * for many more mailboxes: with a fleet larger than the client cache, each periodic sync would
 * otherwise find its client evicted and spend a token refresh (a round trip to Google) first.
 */
export class GmailClientCache {
  private readonly clients: LRUCache<string, MailboxClient>;
  // Each entry lives until its token expires (a ttl per entry).
  private readonly accessTokens = new LRUCache<string, KeptAccessToken>({
    max: MAX_KEPT_ACCESS_TOKENS,
  });

  constructor(
    private readonly config: GmailConfig,
    private readonly timeoutMs: number,
    maxEntries: number,
  ) {
    this.clients = new LRUCache({ max: maxEntries });
  }

  get(creds: GmailCredentials): MailboxClient {
    const cached = this.clients.get(creds.mailboxId);
    if (cached && cached.refreshToken === creds.refreshToken) return cached;
    const entry = this.create(creds.mailboxId, creds.refreshToken);
    this.clients.set(creds.mailboxId, entry);
    return entry;
  }

  evict(mailboxId: string): void {
    this.clients.delete(mailboxId);
    this.accessTokens.delete(mailboxId);
  }

  private create(mailboxId: string, refreshToken: string): MailboxClient {
    const auth = new OAuth2Client({
      clientId: this.config.GOOGLE_OAUTH_CLIENT_ID,
      clientSecret: this.config.GOOGLE_OAUTH_CLIENT_SECRET,
      endpoints: { oauth2TokenUrl: this.config.GOOGLE_OAUTH_TOKEN_URL },
      // Applies to the token refresh too, so a hung token endpoint cannot stall a worker.
      transporterOptions: { timeout: this.timeoutMs },
    });
    const kept = this.accessTokens.get(mailboxId);
    auth.setCredentials(
      kept?.refreshToken === refreshToken
        ? {
            refresh_token: refreshToken,
            access_token: kept.accessToken,
            expiry_date: kept.expiryDate,
          }
        : { refresh_token: refreshToken },
    );
    // Emitted by the client after each refresh it makes.
    auth.on('tokens', (tokens) => {
      const ttl = (tokens.expiry_date ?? 0) - Date.now();
      if (!tokens.access_token || ttl <= 0) return;
      this.accessTokens.set(
        mailboxId,
        { refreshToken, accessToken: tokens.access_token, expiryDate: tokens.expiry_date! },
        { ttl },
      );
    });
    const gmail = gmailApi({
      version: 'v1',
      // Must be an origin ending in '/': googleapis drops any path here.
      rootUrl: this.config.GMAIL_API_ROOT_URL,
      auth,
      // googleapis would retry GET/PUT/DELETE on 429/5xx by itself; our job queue owns retries.
      retry: false,
      timeout: this.timeoutMs,
      // gaxios' default fetch (node-fetch, HTTPS_PROXY through its proxy agent) stops reading
      // past this, decompressed bytes counted, so a hostile upstream cannot fill the heap.
      maxContentLength: GMAIL_MAX_RESPONSE_BYTES,
    });
    return { refreshToken, auth, gmail };
  }
}
