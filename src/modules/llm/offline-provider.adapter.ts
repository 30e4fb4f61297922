import { LlmMetrics } from './llm-metrics.js';
import {
  Classification,
  EmailForLlm,
  GeneratedReply,
  LlmOperation,
  LlmProvider,
  ReplyContext,
} from './llm-provider.port.js';
import { classifyOffline } from './offline-classifier.js';
import { writeOfflineReply } from './offline-reply-writer.js';

export const OFFLINE_MODEL = 'offline';

/**
 * No-account provider: a deterministic heuristic classifier and a template reply writer. It says
 * what it is (model and provider "offline", zero tokens) so stored results are never mistaken for
 * a model's. Default when no API key is configured, so the service and the demo run anywhere.
 */
export class OfflineProvider extends LlmProvider {
  readonly name = 'offline';

  constructor(private readonly metrics?: LlmMetrics) {
    super();
  }

  async classify(email: EmailForLlm): Promise<Classification> {
    const started = performance.now();
    const { category, confidence, reasoning } = classifyOffline(email);
    this.record(started, 'classify');
    return {
      category,
      confidence,
      reasoning,
      model: OFFLINE_MODEL,
      provider: this.name,
      usage: { promptTokens: 0, completionTokens: 0 },
    };
  }

  async generateReply(context: ReplyContext): Promise<GeneratedReply> {
    const started = performance.now();
    const text = writeOfflineReply(context);
    this.record(started, 'reply');
    return {
      text,
      model: OFFLINE_MODEL,
      provider: this.name,
      usage: { promptTokens: 0, completionTokens: 0 },
    };
  }

  private record(started: number, stage: LlmOperation): void {
    this.metrics?.recordCall({
      provider: this.name,
      model: OFFLINE_MODEL,
      stage,
      status: 'ok',
      seconds: (performance.now() - started) / 1000,
      usage: { promptTokens: 0, completionTokens: 0 },
    });
  }
}
