import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { type Executor, KYSELY, now } from '../persistence/database/database.js';

/** A started web consent: its PKCE verifier, and which admin key or owner asked for it. */
export interface PendingConsent {
  codeVerifier: string;
  requestedBy: string;
  /** The console owner who started it: the connected mailbox becomes theirs. */
  userId: string | null;
}

/** Web OAuth consents between the redirect to Google and the callback (oauth_consents). */
@Injectable()
export class OAuthConsentRepository {
  constructor(@Inject(KYSELY) private readonly db: Executor) {}

  /** Stores a started consent and drops the expired ones (a handful at most). */
  async save(stateHash: string, consent: PendingConsent, ttlSeconds: number): Promise<Date> {
    await this.db.deleteFrom('oauthConsents').where('expiresAt', '<', now()).execute();
    const row = await this.db
      .insertInto('oauthConsents')
      .values({
        stateHash,
        codeVerifier: consent.codeVerifier,
        requestedBy: consent.requestedBy,
        userId: consent.userId,
        expiresAt: sql<Date>`now() + make_interval(secs => ${ttlSeconds})`,
      })
      .returning('expiresAt')
      .executeTakeFirstOrThrow();
    return row.expiresAt;
  }

  /** Takes the consent of a state once: a second callback with it finds nothing. */
  async take(stateHash: string): Promise<PendingConsent | undefined> {
    return this.db
      .deleteFrom('oauthConsents')
      .where('stateHash', '=', stateHash)
      .where('expiresAt', '>', now())
      .returning(['codeVerifier', 'requestedBy', 'userId'])
      .executeTakeFirst();
  }
}
