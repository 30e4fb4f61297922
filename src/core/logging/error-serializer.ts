/** Longest message and stack kept per error, and how many causes deep the chain is followed. */
const MAX_MESSAGE = 1000;
const MAX_STACK = 4000;
const MAX_DEPTH = 5;

export interface SerializedError {
  type: string;
  message: string;
  stack?: string;
  code?: string;
  status?: number;
  retryable?: boolean;
  cause?: SerializedError | string;
}

/**
 * pino `err` serializer that keeps an allow-list of fields, at every level of the cause chain.
 *
 * pino's standard serializer copies every enumerable property, which for an AppError includes
 * `options.details` (an LLM error carries the model's raw answer there, a vendor error the
 * response body) and, through `cause`, the same for every wrapped error. Redaction paths cannot
 * follow that to any depth, so nothing but type, message, stack, code, status and the retry flag
 * is ever written; `details` stay in the database (failed_tasks) for operators.
 */
export function serializeError(value: unknown, depth = 0): SerializedError | string {
  // pino-http hands custom serializers pino's own serialization, the original error in `raw`.
  const error = value instanceof Error ? value : (rawOf(value) ?? value);
  if (!(error instanceof Error)) {
    return typeof error === 'string' ? error.slice(0, MAX_MESSAGE) : typeof error;
  }
  const out: SerializedError = {
    type: error.constructor?.name ?? error.name,
    message: String(error.message).slice(0, MAX_MESSAGE),
  };
  if (typeof error.stack === 'string') out.stack = error.stack.slice(0, MAX_STACK);
  const fields = error as Error & { code?: unknown; status?: unknown; retryable?: unknown };
  if (typeof fields.code === 'string' || typeof fields.code === 'number')
    out.code = String(fields.code).slice(0, 100);
  if (typeof fields.status === 'number') out.status = fields.status;
  if (typeof fields.retryable === 'boolean') out.retryable = fields.retryable;
  if (error.cause !== undefined && depth < MAX_DEPTH)
    out.cause = serializeError(error.cause, depth + 1);
  return out;
}

function rawOf(value: unknown): Error | undefined {
  const raw = (value as { raw?: unknown } | null)?.raw;
  return raw instanceof Error ? raw : undefined;
}
