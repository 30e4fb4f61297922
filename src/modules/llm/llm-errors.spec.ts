import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../core/errors/app-error.js';
import { canFallBack, isAvailabilityFailure, toLlmError } from './llm-errors.js';

const openAiError = (status: number, headers: Record<string, string> = {}) =>
  OpenAI.APIError.generate(
    status,
    { error: { message: `status ${status}` } },
    undefined,
    new Headers(headers),
  );
const anthropicError = (status: number) =>
  Anthropic.APIError.generate(
    status,
    { type: 'error', error: { type: 'x', message: `status ${status}` } },
    undefined,
    new Headers(),
  );

describe('toLlmError', () => {
  it.each([
    [429, ErrorCodes.LLM_RATE_LIMITED, true],
    [500, ErrorCodes.LLM_UNAVAILABLE, true],
    [503, ErrorCodes.LLM_UNAVAILABLE, true],
    [408, ErrorCodes.LLM_UNAVAILABLE, true],
    [400, ErrorCodes.LLM_BAD_REQUEST, false],
    [401, ErrorCodes.LLM_BAD_REQUEST, false],
    [404, ErrorCodes.LLM_BAD_REQUEST, false],
    [422, ErrorCodes.LLM_BAD_REQUEST, false],
  ])('OpenAI %i → %s (retryable %s)', (status, code, retryable) => {
    expect(toLlmError(openAiError(status), 'openai', false)).toMatchObject({ code, retryable });
  });

  it('maps Anthropic 529 overloaded to LLM_UNAVAILABLE', () => {
    expect(toLlmError(anthropicError(529), 'anthropic', false)).toMatchObject({
      code: ErrorCodes.LLM_UNAVAILABLE,
      retryable: true,
    });
  });

  it('reads Retry-After in seconds, milliseconds or as a date', () => {
    expect(
      toLlmError(openAiError(429, { 'retry-after': '12' }), 'openai', false).options
        .retryAfterSeconds,
    ).toBe(12);
    expect(
      toLlmError(openAiError(429, { 'retry-after-ms': '2500' }), 'openai', false).options
        .retryAfterSeconds,
    ).toBe(3);
    const date = new Date(Date.now() + 30_000).toUTCString();
    expect(
      toLlmError(openAiError(429, { 'retry-after': date }), 'openai', false).options
        .retryAfterSeconds,
    ).toBeGreaterThan(25);
  });

  it('treats timeouts, aborts at our deadline and connection errors as retryable', () => {
    expect(toLlmError(new OpenAI.APIConnectionTimeoutError(), 'openai', false).code).toBe(
      ErrorCodes.LLM_TIMEOUT,
    );
    expect(toLlmError(new Anthropic.APIUserAbortError(), 'anthropic', true).code).toBe(
      ErrorCodes.LLM_TIMEOUT,
    );
    expect(
      toLlmError(new OpenAI.APIConnectionError({ message: 'ECONNREFUSED' }), 'openai', false),
    ).toMatchObject({
      code: ErrorCodes.LLM_UNAVAILABLE,
      retryable: true,
    });
  });

  it('lets auth failures fall back without counting as unavailability', () => {
    const auth = toLlmError(openAiError(401), 'openai', false);
    const bad = toLlmError(openAiError(400), 'openai', false);

    expect(canFallBack(auth)).toBe(true);
    expect(isAvailabilityFailure(auth)).toBe(false);
    expect(canFallBack(bad)).toBe(false);
  });
});
