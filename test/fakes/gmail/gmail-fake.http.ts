import type { IncomingMessage, ServerResponse } from 'node:http';

/** Small HTTP helpers shared by the Gmail fake's routes: Google-shaped errors, JSON, paging. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ABORTED',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

const DEFAULT_REASON: Record<number, [string, string]> = {
  400: ['global', 'invalidArgument'],
  401: ['global', 'authError'],
  403: ['usageLimits', 'userRateLimitExceeded'],
  404: ['global', 'notFound'],
  429: ['usageLimits', 'rateLimitExceeded'],
  500: ['global', 'backendError'],
  503: ['global', 'backendError'],
};

const DEFAULT_MESSAGE: Record<number, string> = {
  401: 'Request had invalid authentication credentials. Expected OAuth 2 access token.',
  403: 'User-rate limit exceeded.',
  404: 'Requested entity was not found.',
  429: 'Too many concurrent requests for user.',
  500: 'Backend Error',
  503: 'The service is currently unavailable.',
};

/** The JSON error body Google APIs send (AIP-193 with the legacy `errors[]`). */
export function googleErrorBody(status: number, message?: string, reason?: string): unknown {
  const [domain, defaultReason] = DEFAULT_REASON[status] ?? ['global', 'failedPrecondition'];
  const text = message ?? DEFAULT_MESSAGE[status] ?? 'Request failed';
  return {
    error: {
      code: status,
      message: text,
      errors: [{ message: text, domain, reason: reason ?? defaultReason }],
      status: STATUS_TEXT[status] ?? 'FAILED_PRECONDITION',
    },
  };
}

export function googleError(status: number, message?: string, reason?: string): HttpError {
  return new HttpError(status, googleErrorBody(status, message, reason));
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (status === 204 || body === undefined) {
    res.writeHead(status === 200 ? 204 : status, headers).end();
    return;
  }
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res
    .writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers })
    .end(text);
}

export async function readBody(
  req: IncomingMessage,
): Promise<{ text: string; json?: unknown; form?: URLSearchParams }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (type.includes('application/x-www-form-urlencoded'))
    return { text, form: new URLSearchParams(text) };
  if (type.includes('application/json') && text) {
    try {
      return { text, json: JSON.parse(text) };
    } catch {
      throw googleError(400, 'Invalid JSON payload received.');
    }
  }
  return { text };
}

/** Opaque page tokens that carry an offset, like Gmail's (which callers must not parse). */
export function encodePageToken(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

export function decodePageToken(token: string | null): number {
  if (!token) return 0;
  try {
    const { o } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o: unknown };
    if (typeof o === 'number' && o >= 0) return o;
  } catch {
    /* fall through */
  }
  throw googleError(400, 'Invalid pageToken');
}

export function clampMaxResults(value: string | null, fallback: number, max: number): number {
  const n = value === null ? fallback : Number(value);
  if (!Number.isInteger(n) || n < 1) throw googleError(400, `Invalid maxResults: ${value}`);
  return Math.min(n, max);
}

/** `GET /a/* /b` style patterns (`*` = one path segment), optionally prefixed by a method. */
export function matchRequest(pattern: string | RegExp, method: string, path: string): boolean {
  if (pattern instanceof RegExp) return pattern.test(path) || pattern.test(`${method} ${path}`);
  const m = /^([A-Z]+)\s+(\S.*)$/.exec(pattern);
  if (m && m[1] !== method) return false;
  const pathPattern = m ? m[2]! : pattern;
  const regex = new RegExp(
    '^' +
      pathPattern
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]+') +
      '$',
  );
  return regex.test(path);
}

/** Query parameters as an object, repeated keys as arrays (the requests log). */
export function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length > 1 ? all : all[0]!;
  }
  return out;
}
