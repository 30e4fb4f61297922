import {
  makeCounterProvider,
  makeGaugeProvider,
  makeHistogramProvider,
} from '@willsoto/nestjs-prometheus';
import { Metric } from './metric-names.js';

const latencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const taskBuckets = [0.1, 0.5, 1, 2, 5, 10, 30, 60, 120];

/** All metric providers; MetricsModule is global, so any module can @InjectMetric(name). */
export const metricProviders = [
  makeCounterProvider({
    name: Metric.HttpRequests,
    help: 'HTTP requests',
    labelNames: ['method', 'endpoint', 'status'],
  }),
  makeHistogramProvider({
    name: Metric.HttpDuration,
    help: 'HTTP request latency in seconds',
    labelNames: ['method', 'endpoint', 'status'],
    buckets: latencyBuckets,
  }),
  makeHistogramProvider({
    name: Metric.TaskDuration,
    help: 'Pipeline job duration by task and outcome',
    labelNames: ['task_name', 'stage', 'status'],
    buckets: taskBuckets,
  }),
  makeCounterProvider({
    name: Metric.TaskRetries,
    help: 'Job retries scheduled',
    labelNames: ['task_name', 'stage', 'reason'],
  }),
  makeCounterProvider({
    name: Metric.DeadLetters,
    help: 'Jobs moved to failed_tasks',
    labelNames: ['task_name'],
  }),
  makeGaugeProvider({
    name: Metric.FailedTasksUnresolved,
    help: 'Unresolved rows in failed_tasks (sampled)',
  }),
  makeCounterProvider({
    name: Metric.GmailCalls,
    help: 'Gmail API calls',
    labelNames: ['endpoint', 'status'],
  }),
  makeCounterProvider({
    name: Metric.GmailQuotaUnits,
    help: 'Gmail quota units spent',
    labelNames: ['endpoint'],
  }),
  makeGaugeProvider({
    name: Metric.GmailQuotaUsed,
    help: 'Gmail quota units used in the current window (max over mailboxes)',
  }),
  makeGaugeProvider({
    name: Metric.GmailQuotaLimit,
    help: 'Gmail per-user quota units per window',
  }),
  makeCounterProvider({
    name: Metric.GmailWatchRenewals,
    help: 'users.watch renewals',
    labelNames: ['status'],
  }),
  makeGaugeProvider({
    name: Metric.GmailWatchExpiry,
    help: 'Earliest watch expiry over active mailboxes, unix seconds',
  }),
  makeGaugeProvider({
    name: Metric.MailboxesNeedingReauth,
    help: 'Mailboxes whose OAuth grant was revoked',
  }),
  makeCounterProvider({
    name: Metric.WebhookNotifications,
    help: 'Pub/Sub pushes by outcome',
    labelNames: ['result'],
  }),
  makeHistogramProvider({
    name: Metric.LlmLatency,
    help: 'LLM API latency in seconds',
    labelNames: ['provider', 'model'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32],
  }),
  makeCounterProvider({
    name: Metric.LlmTokens,
    help: 'LLM tokens',
    labelNames: ['provider', 'model', 'stage', 'kind'],
  }),
  makeCounterProvider({
    name: Metric.LlmCost,
    help: 'Estimated LLM cost in USD',
    labelNames: ['provider', 'model', 'stage'],
  }),
  makeCounterProvider({
    name: Metric.LlmPromptCacheTokens,
    help: 'Prompt tokens read from (kind=read) or written to (kind=write) the provider prompt cache; a part of llm_tokens_total{kind="prompt"}',
    labelNames: ['provider', 'model', 'stage', 'kind'],
  }),
  makeCounterProvider({
    name: Metric.ClassificationCache,
    help: 'Classifications answered from the shared content-hash cache (hit) or by the LLM (miss)',
    labelNames: ['result'],
  }),
  makeCounterProvider({
    name: Metric.LlmFallbacks,
    help: 'Calls answered by a fallback provider',
    labelNames: ['from', 'to'],
  }),
  makeGaugeProvider({
    name: Metric.LlmCircuitState,
    help: 'Circuit breaker state: 0 closed, 1 half-open, 2 open',
    labelNames: ['provider'],
  }),
  makeCounterProvider({
    name: Metric.LlmCalls,
    help: 'LLM calls by outcome',
    labelNames: ['provider', 'model', 'status'],
  }),
  makeCounterProvider({
    name: Metric.LlmBudgetExceeded,
    help: 'LLM calls held back by a mailbox daily LLM budget (the task waits for the next UTC day)',
    labelNames: ['stage'],
  }),
  makeGaugeProvider({
    name: Metric.QueueLength,
    help: 'Waiting + delayed jobs per queue (sampled)',
    labelNames: ['queue'],
  }),
  makeCounterProvider({
    name: Metric.EmailsProcessed,
    help: 'Emails classified, by category',
    labelNames: ['category'],
  }),
  makeCounterProvider({
    name: Metric.PrefilterSkipped,
    help: 'Emails decided by a pre-filter without an LLM',
    labelNames: ['rule'],
  }),
  makeHistogramProvider({
    name: Metric.PipelineDuration,
    help: 'Email received by the service to final state, seconds',
    labelNames: ['outcome'],
    buckets: [0.1, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600],
  }),
  makeCounterProvider({
    name: Metric.DraftsCreated,
    help: 'Gmail drafts written',
    labelNames: ['action'],
  }),
  makeCounterProvider({
    name: Metric.DraftOutcomes,
    help: 'What became of AI drafts: sent_unchanged, sent_edited, manual_reply, deleted, pending (a pending draft later sent or deleted is counted again under that outcome)',
    labelNames: ['outcome', 'category', 'provider', 'model'],
  }),
  makeHistogramProvider({
    name: Metric.DraftSimilarity,
    help: 'Similarity (0..1) of each sent AI draft to the text the owner sent',
    labelNames: ['category', 'provider', 'model'],
    buckets: [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 1],
  }),
  makeGaugeProvider({
    name: Metric.WorkersUp,
    help: 'Live worker processes (heartbeats in Redis)',
  }),
  makeGaugeProvider({
    name: Metric.StageConcurrency,
    help: "Jobs this worker process runs at once on the default queue (sized from the LLM account's limits and call latency)",
  }),
  makeCounterProvider({
    name: Metric.StageConcurrencyBackoffs,
    help: 'Times this worker cut its default-queue concurrency because it saturated: its CPU (cpu) or its database pool (database)',
    labelNames: ['reason'],
  }),
];
