import OpenAI, { toFile } from 'openai';
import type { ChatCompletion as OpenAiChatCompletion } from 'openai/resources/chat/completions';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { sdkFetchOptions } from '../../core/net/sdk-fetch.js';
import type { ChatCompletion } from './chat-provider.base.js';
import type { LlmConfig } from './llm.config.js';
import { openAiUsage } from './openai-provider.adapter.js';

/** One request of a batch: our id for it (the task) and the Chat Completions body. */
export interface BatchRequest {
  customId: string;
  body: ChatCompletionCreateParamsNonStreaming;
}

/** A batch's answer to one request: the completion, or why there is none. */
export type BatchAnswer =
  { customId: string; completion: ChatCompletion } | { customId: string; error: string };

export type BatchState = 'running' | 'completed' | 'failed' | 'expired' | 'cancelled';

/** Longest output or error file read (a batch of 50,000 classifications is far below it). */
const MAX_FILE_CHARS = 200 * 1024 * 1024;

/**
 * OpenAI's Batch API through the real SDK: the requests as a JSONL file (`files.create`,
 * purpose `batch`), a batch on `/v1/chat/completions` within 24 h (`batches.create`, half
 * price), polled with `batches.retrieve`; the output and error files map answers back by
 * `custom_id`. Our submission id goes into the batch's metadata, so a submitter that crashed
 * before recording the batch id finds its batch again (`find`) instead of paying twice.
 */
export class OpenAiBatchClient {
  private readonly client: OpenAI;

  constructor(config: LlmConfig) {
    this.client = new OpenAI({
      apiKey: config.OPENAI_API_KEY,
      baseURL: config.OPENAI_BASE_URL,
      timeout: config.LLM_TIMEOUT_MS,
      maxRetries: config.LLM_SDK_MAX_RETRIES,
      ...uploadingFetchOptions(config.LLM_TIMEOUT_MS),
    });
  }

  /** Uploads the requests and starts the batch; returns the provider's batch id. */
  async submit(requests: BatchRequest[], submissionId: string): Promise<string> {
    const jsonl = requests
      .map((r) =>
        JSON.stringify({
          custom_id: r.customId,
          method: 'POST',
          url: '/v1/chat/completions',
          body: r.body,
        }),
      )
      .join('\n');
    const file = await this.client.files.create({
      file: await toFile(Buffer.from(`${jsonl}\n`, 'utf8'), `${submissionId}.jsonl`),
      purpose: 'batch',
    });
    const batch = await this.client.batches.create({
      input_file_id: file.id,
      endpoint: '/v1/chat/completions',
      completion_window: '24h',
      metadata: { submission: submissionId },
    });
    return batch.id;
  }

  /** The batch a submission created, if one exists (newest batches first, up to 1,000). */
  async find(submissionId: string): Promise<string | undefined> {
    let seen = 0;
    for await (const batch of this.client.batches.list({ limit: 100 })) {
      if (batch.metadata?.submission === submissionId) return batch.id;
      if (++seen >= 1_000) break;
    }
    return undefined;
  }

  /** The batch's state and, once it ended, every answer it has (an expired batch may have some). */
  async poll(batchId: string): Promise<{ state: BatchState; answers: BatchAnswer[] }> {
    const batch = await this.client.batches.retrieve(batchId);
    const state = stateOf(batch.status);
    if (state === 'running') return { state, answers: [] };
    const answers: BatchAnswer[] = [];
    for (const fileId of [batch.output_file_id, batch.error_file_id]) {
      if (fileId) answers.push(...parseOutput(await this.read(fileId)));
    }
    return { state, answers };
  }

  /**
   * Deletes an ended batch's files at OpenAI (they hold email text), once its answers are
   * recorded: a poll repeated after a crash still finds them. Best effort: a file left behind
   * only lingers in the account's storage.
   */
  async deleteFiles(batchId: string): Promise<void> {
    const batch = await this.client.batches.retrieve(batchId);
    for (const fileId of [batch.input_file_id, batch.output_file_id, batch.error_file_id]) {
      if (fileId) await this.client.files.delete(fileId).catch(() => undefined);
    }
  }

  private async read(fileId: string): Promise<string> {
    const text = await (await this.client.files.content(fileId)).text();
    return text.length > MAX_FILE_CHARS ? text.slice(0, MAX_FILE_CHARS) : text;
  }
}

/**
 * sdkFetchOptions' undici fetch, able to send the SDK's file upload: the SDK builds the platform
 * FormData, which undici's own fetch does not encode. The platform Response encodes it (multipart
 * body and boundary), and the bytes go through undici like any other request.
 */
function uploadingFetchOptions(timeoutMs: number) {
  const { fetch: base, fetchOptions } = sdkFetchOptions(timeoutMs);
  const uploading = async (
    input: string | URL | Request,
    init?: RequestInit,
  ): Promise<Response> => {
    if (!(init?.body instanceof FormData)) return base(input, init);
    const encoded = new Response(init.body);
    const headers = new Headers(init.headers);
    headers.set('content-type', encoded.headers.get('content-type') ?? 'multipart/form-data');
    headers.delete('content-length');
    return base(input, { ...init, headers, body: new Uint8Array(await encoded.arrayBuffer()) });
  };
  // The SDK checks FormData support with this constructor.
  return { fetch: Object.assign(uploading, { Response }), fetchOptions };
}

function stateOf(status: OpenAI.Batch['status']): BatchState {
  switch (status) {
    case 'completed':
    case 'failed':
    case 'expired':
    case 'cancelled':
      return status;
    case 'cancelling':
    case 'validating':
    case 'in_progress':
    case 'finalizing':
      return 'running';
  }
}

/** Output/error file lines: {custom_id, response: {status_code, body}, error}. Bad lines are skipped. */
export function parseOutput(jsonl: string): BatchAnswer[] {
  const answers: BatchAnswer[] = [];
  for (const line of jsonl.split('\n')) {
    if (!line.trim()) continue;
    let parsed: {
      custom_id?: unknown;
      response?: { status_code?: number; body?: OpenAiChatCompletion } | null;
      error?: { code?: string; message?: string } | null;
    };
    try {
      parsed = JSON.parse(line) as typeof parsed;
    } catch {
      continue;
    }
    if (typeof parsed.custom_id !== 'string') continue;
    const customId = parsed.custom_id.slice(0, 100);
    const body = parsed.response?.body;
    if (parsed.response?.status_code === 200 && body?.choices) {
      const message = body.choices[0]?.message;
      answers.push({
        customId,
        completion: {
          text: message?.content ?? message?.refusal ?? '',
          usage: openAiUsage(body.usage),
          model: body.model || undefined,
        },
      });
    } else {
      const code = parsed.error?.code ?? `http_${parsed.response?.status_code ?? 'unknown'}`;
      answers.push({ customId, error: String(code).slice(0, 100) });
    }
  }
  return answers;
}
