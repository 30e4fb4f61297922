import type { gmail_v1 } from 'googleapis';
import type {
  GmailCredentials,
  HistoryPage,
  MessageRef,
  ParsedEmail,
  ThreadMessageMeta,
} from './gmail-client.port.js';
import { type GmailCall, required } from './gmail-request.js';
import { parseGmailMessage } from './mime-parser.js';

/* Reading mail: messages, threads and the history walk (GmailClient's reading half). */

export async function get(
  call: GmailCall,
  creds: GmailCredentials,
  messageId: string,
): Promise<ParsedEmail> {
  const data = await call(creds, 'messages.get', (g) =>
    g.users.messages.get({ userId: 'me', id: messageId, format: 'full' }),
  );
  return parseGmailMessage(data);
}

export async function history(
  call: GmailCall,
  creds: GmailCredentials,
  startHistoryId: string,
  pageToken?: string,
): Promise<HistoryPage> {
  const data = await call(creds, 'history.list', (g) =>
    g.users.history.list({
      userId: 'me',
      startHistoryId,
      // One walk serves both the pipeline (INBOX mail) and the draft outcomes (sent mail,
      // removed drafts): no label filter, and no second history.list per sync.
      historyTypes: ['messageAdded', 'messageDeleted'],
      maxResults: 500,
      pageToken,
    }),
  );
  // Gmail omits empty arrays; one message may also appear in several records.
  const added = refsOf(data.history, 'messagesAdded');
  const deleted = refsOf(data.history, 'messagesDeleted');
  return {
    added,
    deleted,
    nextPageToken: data.nextPageToken ?? undefined,
    historyId: required(data.historyId, 'historyId'),
  };
}

export async function list(
  call: GmailCall,
  creds: GmailCredentials,
  opts: { query?: string; labelIds?: string[]; maxResults: number },
): Promise<MessageRef[]> {
  const refs: MessageRef[] = [];
  if (opts.maxResults <= 0) return refs;
  let pageToken: string | undefined;
  do {
    const want = Math.min(500, opts.maxResults - refs.length);
    const data = await call(creds, 'messages.list', (g) =>
      g.users.messages.list({
        userId: 'me',
        q: opts.query,
        labelIds: opts.labelIds,
        maxResults: want,
        pageToken,
      }),
    );
    for (const m of data.messages ?? [])
      if (m.id) refs.push({ id: m.id, threadId: m.threadId ?? m.id });
    pageToken = data.nextPageToken ?? undefined;
  } while (pageToken && refs.length < opts.maxResults);
  return refs.slice(0, opts.maxResults);
}

export async function threadMetadata(
  call: GmailCall,
  creds: GmailCredentials,
  threadId: string,
  headers: string[],
): Promise<ThreadMessageMeta[]> {
  const data = await call(creds, 'threads.get', (g) =>
    g.users.threads.get({
      userId: 'me',
      id: threadId,
      format: 'metadata',
      metadataHeaders: headers,
    }),
  );
  return (data.messages ?? []).map((m) => ({
    id: m.id ?? '',
    labelIds: m.labelIds ?? [],
    headers: Object.fromEntries(
      (m.payload?.headers ?? []).map((h) => [(h.name ?? '').toLowerCase(), h.value ?? '']),
    ),
  }));
}

function refsOf(
  history: gmail_v1.Schema$History[] | undefined,
  key: 'messagesAdded' | 'messagesDeleted',
): HistoryPage['added'] {
  const seen = new Set<string>();
  const refs: HistoryPage['added'] = [];
  for (const record of history ?? []) {
    for (const { message } of record[key] ?? []) {
      if (!message?.id || seen.has(message.id)) continue;
      seen.add(message.id);
      refs.push({
        id: message.id,
        threadId: message.threadId ?? message.id,
        labelIds: message.labelIds ?? [],
      });
    }
  }
  return refs;
}
