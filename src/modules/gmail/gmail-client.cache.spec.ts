import { describe, expect, it } from 'vitest';
import { loadConfigSlice } from '../../core/config/load-config.js';
import { GmailClientCache } from './gmail-client.cache.js';
import { GmailConfig } from './gmail.config.js';

const creds = (mailboxId: string, refreshToken = `rt-${mailboxId}`) => ({
  mailboxId,
  emailAddress: `${mailboxId}@example.com`,
  refreshToken,
});

describe('GmailClientCache', () => {
  const config = loadConfigSlice(GmailConfig, {});

  it('reuses a mailbox client while its refresh token is unchanged', () => {
    const cache = new GmailClientCache(config, 1_000, 10);
    const first = cache.get(creds('a'));
    expect(cache.get(creds('a'))).toBe(first);
    // Re-connected mailbox: a new grant gets a new client.
    const replaced = cache.get(creds('a', 'rt-new'));
    expect(replaced).not.toBe(first);
    expect(replaced.refreshToken).toBe('rt-new');
    expect(cache.get(creds('a', 'rt-new'))).toBe(replaced);
  });

  it('keeps at most maxEntries clients, dropping the least recently used', () => {
    const cache = new GmailClientCache(config, 1_000, 2);
    const a = cache.get(creds('a'));
    const b = cache.get(creds('b'));
    cache.get(creds('a')); // a is now the most recent
    cache.get(creds('c')); // evicts b
    expect(cache.get(creds('a'))).toBe(a);
    expect(cache.get(creds('b'))).not.toBe(b);
  });

  it('forgets an evicted mailbox', () => {
    const cache = new GmailClientCache(config, 1_000, 10);
    const a = cache.get(creds('a'));
    cache.evict('a');
    expect(cache.get(creds('a'))).not.toBe(a);
  });

  it('hands a mailbox its unexpired access token again after its client was evicted, not after a new grant', () => {
    const cache = new GmailClientCache(config, 1_000, 1);
    const a = cache.get(creds('a'));
    // What the client emits after refreshing through the token endpoint.
    a.auth.emit('tokens', { access_token: 'at-a', expiry_date: Date.now() + 3_600_000 });
    cache.get(creds('b')); // evicts a's client
    const again = cache.get(creds('a'));
    expect(again).not.toBe(a);
    expect(again.auth.credentials.access_token).toBe('at-a');
    expect(again.auth.credentials.refresh_token).toBe('rt-a');
    // A re-connected mailbox (new grant) starts without the old grant's access token.
    expect(cache.get(creds('a', 'rt-new')).auth.credentials.access_token).toBeUndefined();
  });

  it('keeps no expired access token, and none for an evicted (revoked) mailbox', () => {
    const cache = new GmailClientCache(config, 1_000, 1);
    cache.get(creds('a')).auth.emit('tokens', { access_token: 'old', expiry_date: Date.now() - 1 });
    cache
      .get(creds('b'))
      .auth.emit('tokens', { access_token: 'at-b', expiry_date: Date.now() + 3_600_000 });
    cache.get(creds('c'));
    expect(cache.get(creds('a')).auth.credentials.access_token).toBeUndefined();
    cache.evict('b');
    expect(cache.get(creds('b')).auth.credentials.access_token).toBeUndefined();
  });
});
