import type { gmail_v1 } from 'googleapis';
import {
  clampMaxResults,
  decodePageToken,
  encodePageToken,
  googleError,
} from './gmail-fake.http.js';
import type { FakeHistoryRecord, FakeLabel, FakeMailbox, FakeMessage } from './gmail-fake.store.js';

/**
 * Gmail REST routes under /gmail/v1/users/{userId}/, answering with Gmail's JSON shapes:
 * string ids and historyIds, empty arrays omitted, opaque page tokens, Google error bodies.
 */
export interface RouteResult {
  status: number;
  body?: unknown;
}

type Query = URLSearchParams;

const HISTORY_KEYS: Record<string, keyof FakeHistoryRecord> = {
  messageAdded: 'messagesAdded',
  messageDeleted: 'messagesDeleted',
  labelAdded: 'labelsAdded',
  labelRemoved: 'labelsRemoved',
};

function requireMessage(mb: FakeMailbox, id: string): FakeMessage {
  const message = mb.messages.get(id);
  if (!message) throw googleError(404);
  return message;
}

function decodeRaw(body: unknown): { raw: Buffer; threadId?: string } {
  const message = (body as { message?: { raw?: unknown; threadId?: unknown } } | undefined)
    ?.message;
  if (!message || typeof message.raw !== 'string' || !message.raw) {
    throw googleError(
      400,
      "Invalid draft: 'message.raw' is required (media uploads are not supported by this fake)",
    );
  }
  const threadId =
    typeof message.threadId === 'string' && message.threadId ? message.threadId : undefined;
  return { raw: Buffer.from(message.raw, 'base64url'), threadId };
}

/**
 * Gmail-style query subset: in:, is:, from:, to:, newer_than:Nd, after:/before: (date or
 * epoch). `to:` matches the To, Cc and Bcc headers, as Gmail's does (a copied recipient is found
 * too); like `from:`, a part of an address matches.
 */
function matchesQuery(message: FakeMessage, q: string): boolean {
  const header = (name: string) =>
    message.parsed.headers
      .filter((h) => h.name.toLowerCase() === name)
      .map((h) => h.value)
      .join(', ')
      .toLowerCase();
  const from = header('from');
  const recipients = ['to', 'cc', 'bcc'].map(header).join(', ');
  for (const term of q.split(/\s+/).filter(Boolean)) {
    const negate = term.startsWith('-');
    const [key, rawValue = ''] = (negate ? term.slice(1) : term).split(':', 2);
    const value = rawValue.toLowerCase();
    let ok: boolean;
    if (key === 'in' || key === 'label') ok = message.labelIds.includes(value.toUpperCase());
    else if (key === 'is')
      ok = message.labelIds.includes(value === 'unread' ? 'UNREAD' : value.toUpperCase());
    else if (key === 'from') ok = from.includes(value);
    else if (key === 'to') ok = recipients.includes(value);
    else if (key === 'newer_than') {
      const m = /^(\d+)([dhm])$/.exec(value);
      const unit = m?.[2] === 'h' ? 3_600_000 : m?.[2] === 'm' ? 2_592_000_000 : 86_400_000;
      ok = !m || message.internalDate >= Date.now() - Number(m[1]) * unit;
    } else if (key === 'after' || key === 'before') {
      const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value.replace(/\//g, '-'));
      ok =
        Number.isNaN(ms) ||
        (key === 'after' ? message.internalDate > ms : message.internalDate < ms);
    } else continue; // unsupported operators are ignored, not rejected
    if (ok === negate) return false;
  }
  return true;
}

function listMessages(mb: FakeMailbox, q: Query): RouteResult {
  const labelIds = q.getAll('labelIds');
  const includeSpamTrash = q.get('includeSpamTrash') === 'true';
  const all = [...mb.messages.values()]
    .filter((m) => includeSpamTrash || !m.labelIds.some((l) => l === 'SPAM' || l === 'TRASH'))
    .filter((m) => labelIds.every((l) => m.labelIds.includes(l)))
    .filter((m) => matchesQuery(m, q.get('q') ?? ''))
    .sort((a, b) => b.internalDate - a.internalDate || (a.id < b.id ? 1 : -1));
  const offset = decodePageToken(q.get('pageToken'));
  const max = clampMaxResults(q.get('maxResults'), 100, 500);
  const page = all.slice(offset, offset + max);
  const body: gmail_v1.Schema$ListMessagesResponse = { resultSizeEstimate: page.length };
  if (page.length) body.messages = page.map((m) => ({ id: m.id, threadId: m.threadId }));
  if (offset + max < all.length) body.nextPageToken = encodePageToken(offset + max);
  return { status: 200, body };
}

function filterRecord(
  record: FakeHistoryRecord,
  kinds: (keyof FakeHistoryRecord)[],
  labelId: string | null,
) {
  const out: FakeHistoryRecord = { id: record.id, messages: record.messages };
  let any = false;
  for (const key of kinds) {
    const items = record[key] as { message: { labelIds: string[] } }[] | undefined;
    const kept = items?.filter((i) => !labelId || i.message.labelIds.includes(labelId));
    if (kept?.length) {
      (out as unknown as Record<string, unknown>)[key] = kept;
      any = true;
    }
  }
  return any ? out : undefined;
}

function listHistory(mb: FakeMailbox, q: Query): RouteResult {
  const startRaw = q.get('startHistoryId');
  if (!startRaw || !/^\d+$/.test(startRaw)) throw googleError(400, 'Invalid startHistoryId');
  const start = Number(startRaw);
  // Gmail keeps history for a limited time; older start points answer 404 → full re-sync.
  if (start < mb.historyFloor) throw googleError(404);
  const types = q.getAll('historyTypes');
  const kinds = (types.length ? types : Object.keys(HISTORY_KEYS)).map((t) => {
    const key = HISTORY_KEYS[t];
    if (!key) throw googleError(400, `Invalid historyTypes: ${t}`);
    return key;
  });
  const labelId = q.get('labelId');
  const records = mb.history
    .filter((r) => Number(r.id) > start)
    .map((r) => filterRecord(r, kinds, labelId))
    .filter((r): r is FakeHistoryRecord => r !== undefined);
  const offset = decodePageToken(q.get('pageToken'));
  const max = clampMaxResults(q.get('maxResults'), 100, 500);
  const page = records.slice(offset, offset + max);
  const body: gmail_v1.Schema$ListHistoryResponse = { historyId: String(mb.historyId) };
  if (page.length) body.history = page as gmail_v1.Schema$History[];
  if (offset + max < records.length) body.nextPageToken = encodePageToken(offset + max);
  return { status: 200, body };
}

function renderLabel(label: FakeLabel): gmail_v1.Schema$Label {
  return label.type === 'system'
    ? { id: label.id, name: label.name, type: 'system' }
    : {
        id: label.id,
        name: label.name,
        type: 'user',
        labelListVisibility: 'labelShow',
        messageListVisibility: 'show',
      };
}

function createLabel(mb: FakeMailbox, body: unknown): RouteResult {
  const name = (body as { name?: unknown } | undefined)?.name;
  if (typeof name !== 'string' || !name.trim()) throw googleError(400, 'Invalid label name');
  if (name.length > 225) throw googleError(400, 'Label name too long');
  const label = mb.createLabel(name);
  if (!label) throw googleError(409, 'Label name exists or conflicts');
  return { status: 200, body: renderLabel(label) };
}

/** messages.modify: unknown label ids are refused whole, as Gmail does (400 Invalid label). */
function modifyMessage(mb: FakeMailbox, id: string, body: unknown): RouteResult {
  const message = requireMessage(mb, id);
  const req = (body ?? {}) as { addLabelIds?: unknown; removeLabelIds?: unknown };
  const ids = (value: unknown): string[] =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const add = ids(req.addLabelIds);
  const remove = ids(req.removeLabelIds);
  for (const labelId of [...add, ...remove])
    if (!mb.labels.has(labelId)) throw googleError(400, `Invalid label: ${labelId}`);
  mb.relabel(message.id, add, remove);
  return {
    status: 200,
    body: { id: message.id, threadId: message.threadId, labelIds: message.labelIds },
  };
}

function renderDraft(mb: FakeMailbox, draftId: string, format: string): RouteResult {
  const draft = mb.drafts.get(draftId);
  if (!draft) throw googleError(404);
  return {
    status: 200,
    body: { id: draft.id, message: mb.render(requireMessage(mb, draft.messageId), format) },
  };
}

function draftAnswer(mb: FakeMailbox, draftId: string): RouteResult {
  const draft = mb.drafts.get(draftId)!;
  const message = requireMessage(mb, draft.messageId);
  return {
    status: 200,
    body: {
      id: draft.id,
      message: { id: message.id, threadId: message.threadId, labelIds: message.labelIds },
    },
  };
}

function listDrafts(mb: FakeMailbox, q: Query): RouteResult {
  const all = [...mb.drafts.values()].reverse();
  const offset = decodePageToken(q.get('pageToken'));
  const max = clampMaxResults(q.get('maxResults'), 100, 500);
  const page = all.slice(offset, offset + max);
  const body: gmail_v1.Schema$ListDraftsResponse = { resultSizeEstimate: page.length };
  if (page.length)
    body.drafts = page.map((d) => ({
      id: d.id,
      message: { id: d.messageId, threadId: d.threadId },
    }));
  if (offset + max < all.length) body.nextPageToken = encodePageToken(offset + max);
  return { status: 200, body };
}

export function gmailRoute(
  mb: FakeMailbox,
  method: string,
  segments: string[],
  q: Query,
  body: unknown,
): RouteResult {
  const [resource, id, sub] = segments;
  const format = q.get('format') ?? 'full';
  if (!['full', 'metadata', 'minimal', 'raw'].includes(format))
    throw googleError(400, `Invalid format: ${format}`);
  const key = `${method} ${resource ?? ''}${id ? '/:id' : ''}${sub ? `/${sub}` : ''}`;
  switch (key) {
    case 'GET profile':
      return {
        status: 200,
        body: {
          emailAddress: mb.email,
          messagesTotal: mb.messages.size,
          threadsTotal: mb.threads.size,
          historyId: String(mb.historyId),
        },
      };
    case 'GET messages':
      return listMessages(mb, q);
    case 'GET messages/:id':
      return {
        status: 200,
        body: mb.render(requireMessage(mb, id!), format, q.getAll('metadataHeaders')),
      };
    case 'POST messages/:id/modify':
      return modifyMessage(mb, id!, body);
    case 'GET labels':
      return { status: 200, body: { labels: [...mb.labels.values()].map(renderLabel) } };
    case 'POST labels':
      return createLabel(mb, body);
    case 'GET labels/:id': {
      const label = mb.labels.get(id!);
      if (!label) throw googleError(404);
      return { status: 200, body: renderLabel(label) };
    }
    case 'GET history':
      return listHistory(mb, q);
    case 'GET threads/:id': {
      const ids = mb.threads.get(id!);
      if (!ids) throw googleError(404);
      const messages = ids.map((m) =>
        mb.render(requireMessage(mb, m), format, q.getAll('metadataHeaders')),
      );
      return { status: 200, body: { id, historyId: String(mb.historyId), messages } };
    }
    case 'GET drafts':
      return listDrafts(mb, q);
    case 'POST drafts': {
      const { raw, threadId } = decodeRaw(body);
      return draftAnswer(mb, mb.createDraft(raw, threadId).id);
    }
    case 'POST drafts/:id': {
      if (id !== 'send')
        throw googleError(404, `Not Found (fake has no route for POST drafts/${id})`);
      const req = (body ?? {}) as { id?: unknown; message?: { raw?: unknown } };
      if (typeof req.id !== 'string') throw googleError(400, 'Invalid draft id');
      const raw = req.message?.raw ? decodeRaw(body).raw : undefined;
      const sent = mb.sendDraft(req.id, raw);
      if (!sent) throw googleError(404);
      return {
        status: 200,
        body: { id: sent.id, threadId: sent.threadId, labelIds: sent.labelIds },
      };
    }
    case 'GET drafts/:id':
      return renderDraft(mb, id!, format);
    case 'PUT drafts/:id': {
      const { raw, threadId } = decodeRaw(body);
      if (!mb.replaceDraft(id!, raw, threadId)) throw googleError(404);
      return draftAnswer(mb, id!);
    }
    case 'DELETE drafts/:id':
      if (!mb.deleteDraft(id!)) throw googleError(404);
      return { status: 204 };
    case 'POST watch': {
      const req = (body ?? {}) as { topicName?: unknown; labelIds?: unknown };
      if (
        typeof req.topicName !== 'string' ||
        !/^projects\/[^/]+\/topics\/[^/]+$/.test(req.topicName)
      ) {
        throw googleError(
          400,
          'Invalid topicName does not match projects/SOME-PROJECT/topics/SOME-TOPIC',
        );
      }
      const expiration = Date.now() + 7 * 24 * 3_600_000;
      mb.watch = {
        topicName: req.topicName,
        labelIds: Array.isArray(req.labelIds) ? (req.labelIds as string[]) : [],
        expiration,
      };
      return {
        status: 200,
        body: { historyId: String(mb.historyId), expiration: String(expiration) },
      };
    }
    case 'POST stop':
      mb.watch = undefined;
      return { status: 204 };
    default:
      throw googleError(404, `Not Found (fake has no route for ${method} ${segments.join('/')})`);
  }
}
