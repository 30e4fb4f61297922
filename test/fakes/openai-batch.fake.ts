import type { IncomingHttpHeaders } from 'node:http';
import { fakeId, type WireResponse } from './llm-fake.server.js';

/**
 * The OpenAI Batch API as the OpenAI fake serves it: `/v1/files` (multipart upload, content,
 * delete) and `/v1/batches` (create, retrieve, list), with the wire shapes of the real API.
 * A batch runs when it is retrieved for the `pollsToComplete`-th time: every line of its input
 * file is answered like a live request (same script, responder, faults and usage model), 200s
 * go to the output file and the rest to the error file, each line carrying its `custom_id`.
 * `outcome` plays a batch that ends `failed`, `expired` (no output) or `cancelled` instead.
 */
export interface FakeFile {
  id: string;
  object: 'file';
  bytes: number;
  created_at: number;
  filename: string;
  purpose: string;
  status: 'processed';
  content: string;
}

export type FakeBatchOutcome = 'completed' | 'failed' | 'expired' | 'cancelled';

interface FakeBatch {
  id: string;
  object: 'batch';
  endpoint: string;
  errors: { object: 'list'; data: { code: string; message: string }[] } | null;
  input_file_id: string;
  completion_window: string;
  status: string;
  output_file_id: string | null;
  error_file_id: string | null;
  created_at: number;
  in_progress_at: number | null;
  expires_at: number;
  completed_at: number | null;
  failed_at: number | null;
  expired_at: number | null;
  cancelled_at: number | null;
  request_counts: { total: number; completed: number; failed: number };
  metadata: Record<string, string> | null;
  polls: number;
}

type Answer = (path: string, body: Record<string, unknown>) => Promise<WireResponse>;

export class OpenAiBatchApi {
  readonly files = new Map<string, FakeFile>();
  readonly batches = new Map<string, FakeBatch>();
  /** Retrieves of a batch until it has run (1: the first retrieve already finds it done). */
  pollsToComplete = 2;
  outcome: FakeBatchOutcome = 'completed';

  constructor(
    private readonly answer: Answer,
    private readonly error: (status: number, message: string) => unknown,
  ) {}

  reset(): void {
    this.files.clear();
    this.batches.clear();
    this.pollsToComplete = 2;
    this.outcome = 'completed';
  }

  /** Batches created so far (tests: how many submissions reached the "provider"). */
  get created(): FakeBatch[] {
    return [...this.batches.values()];
  }

  async route(
    method: string,
    path: string,
    raw: string,
    headers: IncomingHttpHeaders,
  ): Promise<WireResponse | undefined> {
    if (method === 'POST' && path === '/v1/files') return this.upload(raw, headers);
    const content = path.match(/^\/v1\/files\/([\w-]+)\/content$/);
    if (method === 'GET' && content) {
      const file = this.files.get(content[1]);
      return file
        ? {
            status: 200,
            body: null,
            raw: file.content,
            headers: { 'content-type': 'application/octet-stream' },
          }
        : this.notFound(`No such File object: ${content[1]}`);
    }
    const fileId = path.match(/^\/v1\/files\/([\w-]+)$/);
    if (method === 'DELETE' && fileId) {
      if (!this.files.delete(fileId[1])) return this.notFound(`No such File object: ${fileId[1]}`);
      return { status: 200, body: { id: fileId[1], object: 'file', deleted: true } };
    }
    if (method === 'POST' && path === '/v1/batches') return this.create(raw);
    if (method === 'GET' && path === '/v1/batches') {
      const data = [...this.batches.values()].reverse().map(wire);
      return {
        status: 200,
        body: {
          object: 'list',
          data,
          first_id: data[0]?.id ?? null,
          last_id: data.at(-1)?.id ?? null,
          has_more: false,
        },
      };
    }
    const batchId = path.match(/^\/v1\/batches\/([\w-]+)$/);
    if (method === 'GET' && batchId) {
      const batch = this.batches.get(batchId[1]);
      if (!batch) return this.notFound(`No such Batch object: ${batchId[1]}`);
      batch.polls += 1;
      if (batch.polls >= this.pollsToComplete && !isFinal(batch.status)) await this.run(batch);
      else if (!isFinal(batch.status)) batch.status = 'in_progress';
      return { status: 200, body: wire(batch) };
    }
    return undefined;
  }

  private upload(raw: string, headers: IncomingHttpHeaders): WireResponse {
    const boundary = String(headers['content-type'] ?? '').match(/boundary=(?:"([^"]+)"|([^;]+))/);
    if (!boundary) return { status: 400, body: this.error(400, 'expected multipart/form-data') };
    const parts = new Map<string, { filename?: string; value: string }>();
    for (const part of raw.split(`--${boundary[1] ?? boundary[2]}`)) {
      const split = part.indexOf('\r\n\r\n');
      if (split < 0) continue;
      const head = part.slice(0, split);
      const name = head.match(/name="([^"]+)"/)?.[1];
      if (!name) continue;
      parts.set(name, {
        filename: head.match(/filename="([^"]*)"/)?.[1],
        value: part.slice(split + 4).replace(/\r\n$/, ''),
      });
    }
    const file = parts.get('file');
    const purpose = parts.get('purpose')?.value;
    if (!file || !purpose)
      return { status: 400, body: this.error(400, "Missing 'file' or 'purpose'") };
    return { status: 200, body: this.store(file.value, file.filename ?? 'upload', purpose) };
  }

  private store(content: string, filename: string, purpose: string): Omit<FakeFile, 'content'> {
    const file: FakeFile = {
      id: fakeId('file-'),
      object: 'file',
      bytes: Buffer.byteLength(content),
      created_at: Math.floor(Date.now() / 1000),
      filename,
      purpose,
      status: 'processed',
      content,
    };
    this.files.set(file.id, file);
    const { content: _, ...meta } = file;
    void _;
    return meta;
  }

  private create(raw: string): WireResponse {
    const body = JSON.parse(raw) as Record<string, unknown>;
    const input = this.files.get(String(body.input_file_id));
    if (!input || input.purpose !== 'batch')
      return {
        status: 400,
        body: this.error(400, 'input_file_id must name a file uploaded with purpose "batch"'),
      };
    if (body.endpoint !== '/v1/chat/completions')
      return {
        status: 400,
        body: this.error(400, 'this fake runs /v1/chat/completions batches only'),
      };
    if (body.completion_window !== '24h')
      return { status: 400, body: this.error(400, "completion_window must be '24h'") };
    const now = Math.floor(Date.now() / 1000);
    const batch: FakeBatch = {
      id: fakeId('batch_'),
      object: 'batch',
      endpoint: body.endpoint,
      errors: null,
      input_file_id: input.id,
      completion_window: '24h',
      status: 'validating',
      output_file_id: null,
      error_file_id: null,
      created_at: now,
      in_progress_at: null,
      expires_at: now + 24 * 3600,
      completed_at: null,
      failed_at: null,
      expired_at: null,
      cancelled_at: null,
      request_counts: { total: 0, completed: 0, failed: 0 },
      metadata: (body.metadata as Record<string, string> | undefined) ?? null,
      polls: 0,
    };
    this.batches.set(batch.id, batch);
    return { status: 200, body: wire(batch) };
  }

  private async run(batch: FakeBatch): Promise<void> {
    const now = Math.floor(Date.now() / 1000);
    const lines = this.files
      .get(batch.input_file_id)!
      .content.split('\n')
      .filter((l) => l.trim());
    batch.request_counts.total = lines.length;
    if (this.outcome !== 'completed') {
      batch.status = this.outcome;
      if (this.outcome === 'failed') {
        batch.failed_at = now;
        batch.errors = {
          object: 'list',
          data: [{ code: 'invalid_request', message: 'fake failure' }],
        };
      } else if (this.outcome === 'expired') batch.expired_at = now;
      else batch.cancelled_at = now;
      return;
    }
    const ok: string[] = [];
    const bad: string[] = [];
    for (const line of lines) {
      const request = JSON.parse(line) as {
        custom_id: string;
        url: string;
        body: Record<string, unknown>;
      };
      const response = await this.answer(request.url, request.body);
      const out = JSON.stringify({
        id: fakeId('batch_req_'),
        custom_id: request.custom_id,
        response: { status_code: response.status, request_id: fakeId('req_'), body: response.body },
        error: null,
      });
      (response.status === 200 ? ok : bad).push(out);
    }
    batch.request_counts.completed = ok.length;
    batch.request_counts.failed = bad.length;
    if (ok.length)
      batch.output_file_id = this.store(
        `${ok.join('\n')}\n`,
        'batch_output.jsonl',
        'batch_output',
      ).id;
    if (bad.length)
      batch.error_file_id = this.store(
        `${bad.join('\n')}\n`,
        'batch_errors.jsonl',
        'batch_output',
      ).id;
    batch.status = 'completed';
    batch.in_progress_at ??= now;
    batch.completed_at = now;
  }

  private notFound(message: string): WireResponse {
    return { status: 404, body: this.error(404, message) };
  }
}

function isFinal(status: string): boolean {
  return ['completed', 'failed', 'expired', 'cancelled'].includes(status);
}

function wire(batch: FakeBatch): Omit<FakeBatch, 'polls'> {
  const { polls: _, ...rest } = batch;
  void _;
  return rest;
}
