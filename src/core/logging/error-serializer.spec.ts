import pino from 'pino';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.js';
import { serializeError } from './error-serializer.js';

const MARKER = 'model-said-zebra-7731';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino({ serializers: { err: serializeError } }, stream), lines };
}

describe('serializeError', () => {
  it('keeps type, message, code, status and retry flag, and drops details at every depth', () => {
    const inner = new AppError('LLM_INVALID_OUTPUT', 'unreadable', {
      status: 502,
      details: { raw: MARKER, firstRaw: MARKER, nested: { deeper: { raw: MARKER } } },
    });
    const outer = new AppError('STAGE_FAILED', 'classify failed', {
      retryable: true,
      details: { text: MARKER },
      cause: inner,
    });
    Object.assign(outer, { response: { data: MARKER } });
    const { logger, lines } = capture();
    logger.warn({ err: outer }, 'stage failed for good');
    const out = lines.join('');
    expect(out).not.toContain(MARKER);
    const line = JSON.parse(out) as { err: Record<string, any> };
    expect(line.err).toMatchObject({
      type: 'AppError',
      message: 'classify failed',
      code: 'STAGE_FAILED',
      retryable: true,
      cause: { type: 'AppError', code: 'LLM_INVALID_OUTPUT', status: 502, message: 'unreadable' },
    });
    expect(line.err.options).toBeUndefined();
    expect(line.err.cause.options).toBeUndefined();
  });

  it('stops following a cause chain that loops', () => {
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    Object.assign(a, { cause: b });
    expect(JSON.stringify(serializeError(a))).toContain('"message":"b"');
  });
});

describe('serializeError behind pino-http', () => {
  it('serializes the original error that pino-http wraps', async () => {
    const { stdSerializers } = await import('pino');
    const wrapped = stdSerializers.wrapErrorSerializer((err) => {
      const serialized = serializeError(err);
      // Only a non-error serializes to a string; pino-http hands this an error.
      if (typeof serialized === 'string') throw new Error('an error serialized to a string');
      return { ...serialized };
    });
    const out = wrapped(new AppError('X', 'boom', { details: { raw: MARKER } }));
    expect(JSON.stringify(out)).not.toContain(MARKER);
    expect(out).toMatchObject({ type: 'AppError', code: 'X', message: 'boom' });
  });
});
