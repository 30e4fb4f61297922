import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './api.generated';

export type Schemas = components['schemas'];
export type Mailbox = Schemas['MailboxDto'];
export type EmailItem = Schemas['EmailListItemDto'];
export type Settings = Schemas['MailboxSettingsDto'];
export type Stats = Schemas['StatsDto'];
export type FailedTask = Schemas['FailedTaskDto'];
export type ApiError = Schemas['ErrorResponseDto'];
export type Note = Schemas['KnowledgeNoteDto'];
export type NoteInput = Schemas['KnowledgeNoteInputDto'];
export type Feedback = Schemas['MailboxDraftFeedbackDto'];
export type DailyFeedback = Schemas['DailyDraftFeedbackDto'];

/**
 * How the console authenticates: the session cookie (the browser sends it; writes add the
 * session's CSRF token), or an operator's API key held in memory only (never stored: a reload
 * signs the operator out).
 */
const auth: { csrf?: string; apiKey?: string } = {};

export function useSession(csrf: string): void {
  auth.csrf = csrf;
  auth.apiKey = undefined;
}

export function useApiKey(key: string): void {
  auth.apiKey = key;
  auth.csrf = undefined;
}

export function forget(): void {
  auth.csrf = undefined;
  auth.apiKey = undefined;
}

export const isOperator = () => auth.apiKey !== undefined;

const credentials: Middleware = {
  onRequest({ request }) {
    if (auth.apiKey) request.headers.set('x-api-key', auth.apiKey);
    else if (auth.csrf && request.method !== 'GET') request.headers.set('x-csrf-token', auth.csrf);
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: '/', credentials: 'same-origin' });
api.use(credentials);

/** The message to show for a failed call; field errors separately, by field. */
export function describeError(error: unknown): {
  message: string;
  fields: Record<string, string[]>;
} {
  const body = (error as ApiError | undefined)?.error;
  const details = body?.details as { fields?: Record<string, string[]> } | null | undefined;
  return { message: body?.message ?? 'Something went wrong', fields: details?.fields ?? {} };
}

/** Opens the live activity stream (cookie sessions; EventSource cannot send an API key). */
export function activityStream(onChange: () => void): () => void {
  const source = new EventSource('/api/v1/events');
  source.addEventListener('activity', onChange);
  return () => source.close();
}

/** The thread in Gmail, opened as the mailbox's own account. */
export function gmailLink(address: string, threadId: string | null, messageId: string): string {
  return `https://mail.google.com/mail/u/${encodeURIComponent(address)}/#all/${encodeURIComponent(threadId ?? messageId)}`;
}
