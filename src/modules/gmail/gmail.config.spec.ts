import { describe, expect, it } from 'vitest';
import { loadConfigSlice } from '../../core/config/load-config.js';
import { GmailConfig } from './gmail.config.js';

describe('GmailConfig', () => {
  it('rejects a Gmail root URL with a path (googleapis would drop it silently)', () => {
    expect(() =>
      loadConfigSlice(GmailConfig, { GMAIL_API_ROOT_URL: 'http://127.0.0.1:4010/gmail/' }),
    ).toThrow(/GMAIL_API_ROOT_URL/);
    expect(
      loadConfigSlice(GmailConfig, { GMAIL_API_ROOT_URL: 'http://127.0.0.1:4010/' })
        .GMAIL_API_ROOT_URL,
    ).toBe('http://127.0.0.1:4010/');
  });
});
