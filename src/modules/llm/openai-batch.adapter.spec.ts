import { describe, expect, it } from 'vitest';
import { parseOutput } from './openai-batch.adapter.js';

const line = (customId: unknown, status: number, body: unknown, error: unknown = null) =>
  JSON.stringify({
    id: 'batch_req_1',
    custom_id: customId,
    response: { status_code: status, body },
    error,
  });

describe('Batch API output files', () => {
  it('maps each line to its custom_id: completions with usage, errors with their code', () => {
    const ok = {
      model: 'gpt-4o-mini-2024-07-18',
      choices: [{ message: { content: '{"category":"spam"}' } }],
      usage: {
        prompt_tokens: 1_200,
        completion_tokens: 9,
        prompt_tokens_details: { cached_tokens: 1_024 },
      },
    };
    const jsonl = [
      line('task-1', 200, ok),
      line('task-2', 500, { error: { message: 'boom' } }),
      JSON.stringify({
        custom_id: 'task-3',
        response: null,
        error: { code: 'batch_expired', message: 'x' },
      }),
      '',
    ].join('\n');

    expect(parseOutput(jsonl)).toEqual([
      {
        customId: 'task-1',
        completion: {
          text: '{"category":"spam"}',
          model: 'gpt-4o-mini-2024-07-18',
          usage: { promptTokens: 1_200, completionTokens: 9, cachedPromptTokens: 1_024 },
        },
      },
      { customId: 'task-2', error: 'http_500' },
      { customId: 'task-3', error: 'batch_expired' },
    ]);
  });

  it('skips lines that are not JSON or carry no custom_id, and bounds the ids it keeps', () => {
    const jsonl = ['not json', line(42, 200, {}), line('x'.repeat(5_000), 404, {})].join('\n');

    expect(parseOutput(jsonl)).toEqual([{ customId: 'x'.repeat(100), error: 'http_404' }]);
  });
});
