import { Injectable } from '@nestjs/common';
import type { ChatCompletion } from './chat-provider.base.js';
import { parseClassification } from './classification-parser.js';
import { LlmConfig } from './llm.config.js';
import { LlmMetrics } from './llm-metrics.js';
import { selectLlmProviders } from './llm-provider.factory.js';
import type { Classification, EmailForLlm, OwnerContext } from './llm-provider.port.js';
import { ownerPreferencesBlock } from './mailbox-prompt.js';
import {
  type BatchAnswer,
  type BatchRequest,
  type BatchState,
  OpenAiBatchClient,
} from './openai-batch.adapter.js';
import { chatCompletionBody } from './openai-provider.adapter.js';
import { buildClassifyPrompt } from './prompts.js';

export type { BatchAnswer, BatchState } from './openai-batch.adapter.js';

/**
 * Classification through OpenAI's Batch API (OPENAI_BATCH_ENABLED, OpenAI primary): the request
 * a live classify would send, submitted in batches, and the answers read back with the same
 * parser. Answers are counted in the LLM series at half price. No fallback and no repair re-ask
 * inside a batch: an unreadable or missing answer goes back to a live classification.
 */
@Injectable()
export class LlmBatchService {
  private readonly client: OpenAiBatchClient | null;

  constructor(
    private readonly config: LlmConfig,
    private readonly metrics: LlmMetrics,
  ) {
    const usable = config.OPENAI_BATCH_ENABLED && selectLlmProviders(config).primary === 'openai';
    this.client = usable ? new OpenAiBatchClient(config) : null;
  }

  get enabled(): boolean {
    return this.client !== null;
  }

  get pollMs(): number {
    return this.config.OPENAI_BATCH_POLL_SECONDS * 1000;
  }

  /** The Chat Completions body a live classification of this email sends. */
  classifyRequest(email: EmailForLlm, owner?: OwnerContext): BatchRequest['body'] {
    const prompt = buildClassifyPrompt(
      email,
      this.config.LLM_INPUT_TOKEN_BUDGET,
      ownerPreferencesBlock(owner, 'classify'),
    );
    return chatCompletionBody(
      this.config,
      {
        instructions: prompt.instructions,
        mailbox: prompt.mailbox,
        stage: 'classify',
        messages: [{ role: 'user', content: prompt.user }],
        json: true,
      },
      this.config.OPENAI_RESPONSE_FORMAT,
    );
  }

  submit(requests: BatchRequest[], submissionId: string): Promise<string> {
    return this.batchClient().submit(requests, submissionId);
  }

  find(submissionId: string): Promise<string | undefined> {
    return this.batchClient().find(submissionId);
  }

  /** The batch's state and its answers, each counted (tokens, cost at the Batch price). */
  async poll(batchId: string): Promise<{ state: BatchState; answers: BatchAnswer[] }> {
    const result = await this.batchClient().poll(batchId);
    for (const answer of result.answers) {
      this.metrics.recordCall({
        provider: 'openai',
        model: this.config.OPENAI_MODEL,
        stage: 'classify',
        status: 'completion' in answer ? 'ok' : 'llm_batch_error',
        ...('completion' in answer ? { usage: answer.completion.usage } : {}),
        batch: true,
      });
    }
    return result;
  }

  deleteFiles(batchId: string): Promise<void> {
    return this.batchClient().deleteFiles(batchId);
  }

  /** A batch answer read as a classification; null when it is unreadable. */
  readClassification(completion: ChatCompletion): Classification | null {
    const parsed = parseClassification(completion.text);
    if (!parsed.ok) return null;
    return {
      ...parsed.value,
      model: completion.model ?? this.config.OPENAI_MODEL,
      provider: 'openai',
      usage: completion.usage,
    };
  }

  /** Estimated USD of a batch answer: half the live price. */
  estimateCost(result: Pick<Classification, 'model' | 'usage'>): number {
    return this.metrics.costOf(result.model, result.usage, { batch: true });
  }

  private batchClient(): OpenAiBatchClient {
    if (!this.client) throw new Error('OpenAI Batch API is not enabled');
    return this.client;
  }
}
