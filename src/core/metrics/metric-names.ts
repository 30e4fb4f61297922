/**
 * Every Prometheus series the service exports, named as the design lists them. Dashboards,
 * alerts and tests refer to these names; test/e2e checks they all appear in a scrape.
 */
export const Metric = {
  HttpRequests: 'http_requests_total',
  HttpDuration: 'http_request_duration_seconds',
  TaskDuration: 'task_duration_seconds',
  TaskRetries: 'task_retry_total',
  DeadLetters: 'dead_letters_total',
  FailedTasksUnresolved: 'failed_tasks_unresolved',
  GmailCalls: 'gmail_api_calls_total',
  GmailQuotaUnits: 'gmail_api_quota_units_total',
  GmailQuotaUsed: 'gmail_api_quota_used',
  GmailQuotaLimit: 'gmail_api_quota_limit',
  GmailWatchRenewals: 'gmail_watch_renewals_total',
  GmailWatchExpiry: 'gmail_watch_expiry_timestamp_seconds',
  MailboxesNeedingReauth: 'mailboxes_needing_reauth',
  WebhookNotifications: 'webhook_notifications_total',
  LlmLatency: 'llm_api_latency_seconds',
  LlmTokens: 'llm_tokens_total',
  LlmCost: 'llm_cost_usd_total',
  LlmFallbacks: 'llm_fallback_total',
  LlmCircuitState: 'llm_circuit_state',
  LlmCalls: 'llm_api_calls_total',
  LlmBudgetExceeded: 'llm_budget_exceeded_total',
  QueueLength: 'queue_length',
  EmailsProcessed: 'emails_processed_total',
  PrefilterSkipped: 'prefilter_skipped_total',
  PipelineDuration: 'pipeline_duration_seconds',
  DraftsCreated: 'drafts_created_total',
  WorkersUp: 'workers_up',
} as const;
export type MetricName = (typeof Metric)[keyof typeof Metric];
