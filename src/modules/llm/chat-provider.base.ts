import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import type { LlmRateLimiter } from './llm-rate-limiter.service.js';
import { parseClassification } from './classification-parser.js';
import { toLlmError } from './llm-errors.js';
import type { LlmMetrics } from './llm-metrics.js';
import {
  Classification,
  EmailForLlm,
  GeneratedReply,
  LlmOperation,
  LlmProvider,
  LlmUsage,
  OwnerContext,
  ReplyContext,
} from './llm-provider.port.js';
import { ownerPreferencesBlock } from './mailbox-prompt.js';
import { noteLinks, ownerTextsBlock } from './owner-texts-prompt.js';
import { buildClassifyPrompt, buildRepairPrompt, buildReplyPrompt, systemText } from './prompts.js';
import { enforceReplySafety } from './reply-safety.js';

export interface ChatMessage {
  role: 'user' | 'assistant';
  content: string;
}

export interface ChatRequest {
  /** Static instructions: the cacheable prefix (prompts.ts), byte-identical across calls. */
  instructions: string;
  /** The mailbox part of the system prompt; '' when none. */
  mailbox: string;
  messages: ChatMessage[];
  /** The prompt's kind, for the token and cost series. */
  stage: LlmOperation;
  /** Ask for a JSON object (structured outputs / JSON mode where the adapter supports it). */
  json: boolean;
}

export interface ChatCompletion {
  text: string;
  usage: LlmUsage;
  /** Model that answered, as the server reports it (may be a dated snapshot). */
  model?: string;
}

export interface ChatSettings {
  model: string;
  timeoutMs: number;
  inputTokenBudget: number;
}

/** Longest model answer we keep in a repair turn or in error details. */
const RAW_LIMIT = 4_000;

/**
 * Shared logic of the remote adapters: prompts, one repair re-ask for unreadable classifications,
 * reply clean-up, a hard deadline per call, metrics and error mapping. Adapters only translate a
 * ChatRequest to their SDK.
 */
export abstract class ChatLlmProvider extends LlmProvider {
  protected constructor(
    protected readonly settings: ChatSettings,
    private readonly metrics: LlmMetrics,
    // Absent in unit tests and when LLM_RATE_LIMIT_* are unset.
    private readonly limiter?: LlmRateLimiter,
  ) {
    super();
  }

  /** One SDK call; must pass `signal` on so the deadline aborts it. */
  protected abstract send(request: ChatRequest, signal: AbortSignal): Promise<ChatCompletion>;

  async classify(email: EmailForLlm, owner?: OwnerContext): Promise<Classification> {
    const prompt = buildClassifyPrompt(
      email,
      this.settings.inputTokenBudget,
      ownerPreferencesBlock(owner, 'classify'),
    );
    const question: ChatMessage = { role: 'user', content: prompt.user };
    const base = {
      instructions: prompt.instructions,
      mailbox: prompt.mailbox,
      stage: 'classify' as const,
    };
    const first = await this.call({ ...base, messages: [question], json: true });
    let answer = first;
    let usage = first.usage;
    let parsed = parseClassification(first.text);
    if (!parsed.ok) {
      const repairTurns: ChatMessage[] = [
        question,
        { role: 'assistant', content: first.text.slice(0, RAW_LIMIT) || '(empty)' },
        { role: 'user', content: buildRepairPrompt(parsed.reason) },
      ];
      // Same instructions and first turn: the re-ask reads them from the provider's prompt cache.
      answer = await this.call({ ...base, messages: repairTurns, json: true });
      usage = addUsage(usage, answer.usage);
      parsed = parseClassification(answer.text);
      if (!parsed.ok) {
        throw new AppError(
          ErrorCodes.LLM_INVALID_OUTPUT,
          `${this.name}: classification unreadable after one repair (${parsed.reason})`,
          {
            retryable: false,
            status: 502,
            details: {
              raw: answer.text.slice(0, RAW_LIMIT),
              firstRaw: first.text.slice(0, RAW_LIMIT),
              reason: parsed.reason,
              provider: this.name,
              model: answer.model ?? this.settings.model,
              usage,
            },
          },
        );
      }
    }
    return {
      ...parsed.value,
      model: answer.model ?? this.settings.model,
      provider: this.name,
      usage,
    };
  }

  async generateReply(context: ReplyContext): Promise<GeneratedReply> {
    const prompt = buildReplyPrompt(
      context,
      this.settings.inputTokenBudget,
      ownerPreferencesBlock(context.owner, 'reply'),
      ownerTextsBlock(context.notes, context.styleExamples),
    );
    const answer = await this.call({
      instructions: prompt.instructions,
      mailbox: prompt.mailbox,
      stage: 'reply',
      messages: [{ role: 'user', content: prompt.user }],
      json: false,
    });
    // Only the message being answered counts as seen: the thread may hold other people's mail.
    // The owner's notes in the prompt provide their links; style samples provide none.
    const safe = enforceReplySafety(answer.text, {
      originalText: `${context.email.subject}\n${context.email.body}`,
      allowedLinks: noteLinks(context.notes),
      allowNewLinks: false,
      maxWords: context.maxWords,
    });
    if (!safe.text) {
      throw new AppError(
        ErrorCodes.LLM_INVALID_OUTPUT,
        `${this.name}: reply was empty after clean-up`,
        {
          retryable: false,
          status: 502,
          details: {
            raw: answer.text.slice(0, RAW_LIMIT),
            provider: this.name,
            usage: answer.usage,
          },
        },
      );
    }
    return {
      text: safe.text,
      model: answer.model ?? this.settings.model,
      provider: this.name,
      usage: answer.usage,
    };
  }

  private async call(request: ChatRequest): Promise<ChatCompletion> {
    if (this.limiter) {
      // Wait for the account's budget, or out a vendor's Retry-After, first (outside the
      // deadline): a wait is not a failure.
      const chars =
        systemText(request).length + request.messages.reduce((n, m) => n + m.content.length, 0);
      await this.limiter.acquire(this.name, this.limiter.estimateTokens(chars));
    }
    // One deadline for the whole call, SDK retries included, so LLM_TIMEOUT_MS really bounds it.
    const deadline = AbortSignal.timeout(this.settings.timeoutMs);
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    const labels = { provider: this.name, model: this.settings.model, stage: request.stage };
    try {
      const completion = await this.send(request, deadline);
      this.limiter?.completed(seconds() * 1000);
      this.metrics.recordCall({
        ...labels,
        status: 'ok',
        seconds: seconds(),
        usage: completion.usage,
      });
      return completion;
    } catch (error) {
      this.limiter?.completed(seconds() * 1000);
      const appError = toLlmError(error, this.name, deadline.aborted);
      // The vendor's 429 (not our own pacing's): hold this process's next calls for its Retry-After.
      if (appError.code === ErrorCodes.LLM_RATE_LIMITED && appError.options.retryAfterSeconds)
        this.limiter?.pause(this.name, appError.options.retryAfterSeconds * 1000);
      this.metrics.recordCall({
        ...labels,
        status: appError.code.toLowerCase(),
        seconds: seconds(),
      });
      throw appError;
    }
  }
}

export function addUsage(a: LlmUsage, b: LlmUsage): LlmUsage {
  const sum: LlmUsage = {
    promptTokens: a.promptTokens + b.promptTokens,
    completionTokens: a.completionTokens + b.completionTokens,
  };
  const cached = (a.cachedPromptTokens ?? 0) + (b.cachedPromptTokens ?? 0);
  const written = (a.cacheWriteTokens ?? 0) + (b.cacheWriteTokens ?? 0);
  if (cached) sum.cachedPromptTokens = cached;
  if (written) sum.cacheWriteTokens = written;
  return sum;
}
