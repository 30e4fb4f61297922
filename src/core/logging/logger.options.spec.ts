import pino from 'pino';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { REDACT_PATHS, requestIdFor } from './logger.options.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino({ redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, stream), lines };
}

describe('log redaction', () => {
  it('censors tokens, keys and email content wherever they sit one level deep', () => {
    const { logger, lines } = capture();
    logger.info({
      mailbox: { refreshToken: '1//secret-refresh', encryptedRefreshToken: 'v1:abc' },
      creds: { access_token: 'ya29.secret', apiKey: 'sk-secret' },
      email: {
        body: 'Dear Bob, my password is hunter2',
        text: 'private text',
        html: '<p>private</p>',
        raw: 'RAW',
      },
      response: { generatedReply: 'draft text' },
      req: { headers: { authorization: 'Bearer abc.def.ghi', 'x-api-key': 'key-123' } },
      ids: { taskId: 'keep-me' },
    });
    const out = lines.join('');
    for (const secret of [
      '1//secret-refresh',
      'v1:abc',
      'ya29.secret',
      'sk-secret',
      'hunter2',
      'private text',
      '<p>private</p>',
      'RAW',
      'draft text',
      'abc.def.ghi',
      'key-123',
    ]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('keep-me');
  });
});

describe('requestIdFor', () => {
  const req = (value?: string) =>
    ({ headers: value === undefined ? {} : { 'x-request-id': value } }) as never;
  it('keeps a sane incoming id and replaces anything else', () => {
    expect(requestIdFor(req('req-abc-123'))).toBe('req-abc-123');
    expect(requestIdFor(req('bad id with spaces'))).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFor(req('x'.repeat(500)))).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFor(req())).toMatch(/^[0-9a-f-]{36}$/);
  });
});
