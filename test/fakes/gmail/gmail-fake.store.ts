import type { gmail_v1 } from 'googleapis';
import libmime from 'libmime';
import { headerValue, parseRaw, type ParsedRaw, type TextBodies } from './gmail-fake.mime.js';

/** One stored message of the Gmail fake. */
export interface FakeMessage {
  id: string;
  threadId: string;
  labelIds: string[];
  raw: Buffer;
  internalDate: number;
  historyId: string;
  parsed: ParsedRaw;
  rfcMessageId?: string;
  subject: string;
}

export interface FakeDraft {
  id: string;
  messageId: string;
  threadId: string;
}

type Ref = { id: string; threadId: string };
type LabelChange = { message: Ref & { labelIds: string[] }; labelIds: string[] };
export interface FakeHistoryRecord {
  id: string;
  messages: Ref[];
  messagesAdded?: { message: Ref & { labelIds: string[] } }[];
  messagesDeleted?: { message: Ref & { labelIds: string[] } }[];
  labelsAdded?: LabelChange[];
  labelsRemoved?: LabelChange[];
}

let idSeq = 0;
/** Gmail ids are 16 hex digits that grow with time. */
function nextId(): string {
  idSeq += 1;
  return (0x18c0000000000000n + BigInt(Date.now()) * 1000n + BigInt(idSeq)).toString(16);
}
let draftSeq = 0;

export interface FakeLabel {
  id: string;
  name: string;
  type: 'system' | 'user';
}

/** The system labels every Gmail mailbox has (ids equal names). */
const SYSTEM_LABELS = [
  'INBOX',
  'SPAM',
  'TRASH',
  'UNREAD',
  'STARRED',
  'IMPORTANT',
  'SENT',
  'DRAFT',
  'CHAT',
  'CATEGORY_PERSONAL',
  'CATEGORY_SOCIAL',
  'CATEGORY_PROMOTIONS',
  'CATEGORY_UPDATES',
  'CATEGORY_FORUMS',
];

/** One pass over the run of prefixes; each whitespace run has one quantifier that may take it. */
const SUBJECT_PREFIXES = /^(?:\s*(?:re|fwd?|aw|sv|antw)\s*(?:\[\d+\]\s*)?:)+/i;

export function normalizeSubject(subject: string): string {
  const s = subject.trim();
  const prefixes = SUBJECT_PREFIXES.exec(s)?.[0].length ?? 0;
  return s.slice(prefixes).trim().toLowerCase();
}

function messageIds(value: string | undefined): string[] {
  return value?.match(/<[^<>\s]+>/g) ?? [];
}

/** State of one fake mailbox: messages, threads, history and drafts, like Gmail keeps them. */
export class FakeMailbox {
  historyId = 1_000;
  historyFloor = 0;
  readonly messages = new Map<string, FakeMessage>();
  readonly threads = new Map<string, string[]>();
  readonly history: FakeHistoryRecord[] = [];
  readonly drafts = new Map<string, FakeDraft>();
  readonly labels = new Map<string, FakeLabel>(
    SYSTEM_LABELS.map((id) => [id, { id, name: id, type: 'system' as const }]),
  );
  private labelSeq = 0;
  watch?: { topicName: string; labelIds: string[]; expiration: number };
  private readonly byRfcId = new Map<string, string>();
  private bumps = 0;

  constructor(
    readonly email: string,
    /** How `format=full` serves text bodies of mail stored from now on (see TextBodies). */
    public textBodies: TextBodies = 'converted',
  ) {}

  /** History ids grow but skip numbers, as Gmail's do. */
  private bump(): string {
    this.bumps += 1;
    this.historyId += 1 + (this.bumps % 4);
    return String(this.historyId);
  }

  private record(entry: Omit<FakeHistoryRecord, 'id'>): void {
    this.history.push({ id: this.bump(), ...entry });
  }

  /** Thread a message joins: the one its In-Reply-To/References point at with the same subject. */
  private threadFor(parsed: ParsedRaw, requested?: string): string | undefined {
    const subject = normalizeSubject(
      libmime.decodeWords(headerValue(parsed.headers, 'subject') ?? ''),
    );
    const refs = [
      ...messageIds(headerValue(parsed.headers, 'in-reply-to')),
      ...messageIds(headerValue(parsed.headers, 'references')).reverse(),
    ];
    for (const ref of refs) {
      const target = this.messages.get(this.byRfcId.get(ref) ?? '');
      if (!target || normalizeSubject(target.subject) !== subject) continue;
      if (requested === undefined || target.threadId === requested) return target.threadId;
    }
    return undefined;
  }

  insert(
    raw: Buffer,
    labelIds: string[],
    opts: {
      requestedThreadId?: string;
      /** The thread the message joins whatever its headers (a sent draft stays in its thread). */
      threadId?: string;
      internalDate?: number;
      textBodies?: TextBodies;
    } = {},
  ): FakeMessage {
    const id = nextId();
    const textBodies = opts.textBodies ?? this.textBodies;
    let parsed = parseRaw(raw, id, textBodies);
    if (!headerValue(parsed.headers, 'message-id')) {
      // Gmail stamps a Message-ID on mail (and drafts) that arrive without one.
      raw = Buffer.concat([Buffer.from(`Message-ID: <${id}.fake@mail.gmail.com>\r\n`), raw]);
      parsed = parseRaw(raw, id, textBodies);
    }
    const threadId = opts.threadId ?? this.threadFor(parsed, opts.requestedThreadId) ?? id;
    const message: FakeMessage = {
      id,
      threadId,
      labelIds: [...labelIds],
      raw,
      internalDate: opts.internalDate ?? Date.now(),
      historyId: '',
      parsed,
      rfcMessageId: messageIds(headerValue(parsed.headers, 'message-id'))[0],
      // Decoded: two encoders may write the same subject as different encoded-words.
      subject: libmime.decodeWords(headerValue(parsed.headers, 'subject') ?? ''),
    };
    this.messages.set(id, message);
    this.threads.set(threadId, [...(this.threads.get(threadId) ?? []), id]);
    if (message.rfcMessageId) this.byRfcId.set(message.rfcMessageId, id);
    const ref = { id, threadId, labelIds: [...message.labelIds] };
    this.record({ messages: [{ id, threadId }], messagesAdded: [{ message: ref }] });
    message.historyId = String(this.historyId);
    return message;
  }

  remove(id: string): void {
    const message = this.messages.get(id);
    if (!message) return;
    this.messages.delete(id);
    const rest = (this.threads.get(message.threadId) ?? []).filter((m) => m !== id);
    if (rest.length) this.threads.set(message.threadId, rest);
    else this.threads.delete(message.threadId);
    if (message.rfcMessageId && this.byRfcId.get(message.rfcMessageId) === id)
      this.byRfcId.delete(message.rfcMessageId);
    const ref = { id, threadId: message.threadId, labelIds: [...message.labelIds] };
    this.record({
      messages: [{ id, threadId: message.threadId }],
      messagesDeleted: [{ message: ref }],
    });
  }

  /** labels.create: names are unique regardless of case (Gmail answers 409 otherwise). */
  createLabel(name: string): FakeLabel | undefined {
    const taken = [...this.labels.values()].some(
      (l) => l.name.toLowerCase() === name.toLowerCase(),
    );
    if (taken) return undefined;
    this.labelSeq += 1;
    const label: FakeLabel = { id: `Label_${this.labelSeq}`, name, type: 'user' };
    this.labels.set(label.id, label);
    return label;
  }

  relabel(id: string, add: string[], remove: string[]): void {
    const message = this.messages.get(id);
    if (!message) return;
    message.labelIds = [
      ...message.labelIds.filter((l) => !remove.includes(l)),
      ...add.filter((l) => !message.labelIds.includes(l)),
    ];
    const ref = { id, threadId: message.threadId, labelIds: [...message.labelIds] };
    this.record({
      messages: [{ id, threadId: message.threadId }],
      ...(add.length ? { labelsAdded: [{ message: ref, labelIds: add }] } : {}),
      ...(remove.length ? { labelsRemoved: [{ message: ref, labelIds: remove }] } : {}),
    });
    message.historyId = String(this.historyId);
  }

  createDraft(raw: Buffer, requestedThreadId?: string): FakeDraft {
    const message = this.insert(raw, ['DRAFT'], { requestedThreadId });
    draftSeq += 1;
    const draft = {
      id: `r${(5_000_000_000_000_000_000n + BigInt(draftSeq)).toString()}`,
      messageId: message.id,
      threadId: message.threadId,
    };
    this.drafts.set(draft.id, draft);
    // Copies out, so a caller's handle does not change under it when the draft is edited later.
    return { ...draft };
  }

  /** Gmail replaces a draft's message (new message id) on every update, by API or by the user. */
  replaceDraft(draftId: string, raw: Buffer, requestedThreadId?: string): FakeDraft | undefined {
    const draft = this.drafts.get(draftId);
    if (!draft) return undefined;
    this.remove(draft.messageId);
    const message = this.insert(raw, ['DRAFT'], { requestedThreadId });
    Object.assign(draft, { messageId: message.id, threadId: message.threadId });
    return { ...draft };
  }

  deleteDraft(draftId: string): boolean {
    const draft = this.drafts.get(draftId);
    if (!draft) return false;
    this.drafts.delete(draftId);
    this.remove(draft.messageId);
    return true;
  }

  /**
   * drafts.send, or Send in Gmail's compose window: the draft is deleted (its message goes, a
   * messagesDeleted record) and a new message with a new id and the SENT label is added to the
   * thread (messagesAdded), as Gmail documents it. `raw` sends new content instead (drafts.send
   * with a message body).
   */
  sendDraft(draftId: string, raw?: Buffer): FakeMessage | undefined {
    const draft = this.drafts.get(draftId);
    if (!draft) return undefined;
    const current = this.messages.get(draft.messageId)!;
    this.drafts.delete(draftId);
    this.remove(draft.messageId);
    return this.insert(raw ?? current.raw, ['SENT'], { threadId: current.threadId });
  }

  /** Gmail's JSON for a message in the given format. */
  render(
    message: FakeMessage,
    format: string,
    metadataHeaders: string[] = [],
  ): gmail_v1.Schema$Message {
    const base: gmail_v1.Schema$Message = { id: message.id, threadId: message.threadId };
    if (message.labelIds.length) base.labelIds = [...message.labelIds];
    if (format === 'minimal' || format === 'raw' || format === 'metadata' || format === 'full') {
      Object.assign(base, {
        snippet: message.parsed.snippet,
        historyId: message.historyId,
        internalDate: String(message.internalDate),
        sizeEstimate: message.raw.length,
      });
    }
    if (format === 'raw') base.raw = message.raw.toString('base64url');
    if (format === 'metadata') {
      const wanted = new Set(metadataHeaders.map((h) => h.toLowerCase()));
      const p = message.parsed.payload;
      const headers = (p.headers ?? []).filter(
        (h) => !wanted.size || wanted.has((h.name ?? '').toLowerCase()),
      );
      base.payload = { partId: '', mimeType: p.mimeType, filename: '', headers, body: { size: 0 } };
    }
    if (format === 'full') base.payload = message.parsed.payload;
    return base;
  }
}
