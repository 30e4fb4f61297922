/**
 * What the service needs from Gmail, in domain terms. The googleapis adapter implements it;
 * everything else depends only on this abstract class (used as the DI token).
 * Errors are AppError with ErrorCodes.GMAIL_* codes (retryable for 429/5xx/network).
 */
export interface GmailCredentials {
  /** Mailbox row id, used for quota accounting and for marking re-auth on invalid_grant. */
  mailboxId: string;
  emailAddress: string;
  refreshToken: string;
}

export interface ParsedEmail {
  id: string;
  threadId: string;
  labelIds: string[];
  historyId?: string;
  /** RFC 5322 headers we keep, keys lower-cased (message-id, references, list-id, ...). */
  headers: Record<string, string>;
  from: { name?: string; address: string } | null;
  replyTo: { name?: string; address: string }[];
  to: { name?: string; address: string }[];
  cc: { name?: string; address: string }[];
  subject: string;
  /** Internal date from Gmail (ms since epoch). */
  receivedAt: Date;
  /** Plain text body: text/plain part, or HTML converted to safe text. Untrusted. */
  text: string;
  /** True when the body came from an HTML part. */
  fromHtml: boolean;
  /**
   * Set (true) when the HTML body held text its reader never sees (display:none and the like),
   * which `text` leaves out: only the fact is kept, a spam signal, never the hidden text.
   */
  hiddenText?: true;
  attachments: { filename: string; mimeType: string; size: number }[];
  snippet: string;
}

export interface HistoryPage {
  /** Ids of messages added (messagesAdded) with their labels at add time, any label. */
  added: { id: string; threadId: string; labelIds: string[] }[];
  /** Messages deleted (messagesDeleted): drafts sent, edited or discarded among them. */
  deleted: { id: string; threadId: string; labelIds: string[] }[];
  nextPageToken?: string;
  /** Mailbox history id as of this answer. */
  historyId: string;
}

export interface MessageRef {
  id: string;
  threadId: string;
}

export interface DraftInput {
  threadId: string;
  /** Full RFC 2822 message (already MIME encoded). */
  raw: string;
}

export interface DraftInfo {
  draftId: string;
  messageId: string;
  threadId: string;
}

export interface ThreadMessageMeta {
  id: string;
  labelIds: string[];
  headers: Record<string, string>;
}

/** A Gmail label as the service needs it. */
export interface GmailLabel {
  id: string;
  name: string;
}

export abstract class GmailClient {
  abstract getProfile(
    creds: GmailCredentials,
  ): Promise<{ emailAddress: string; historyId: string }>;
  abstract getMessage(creds: GmailCredentials, messageId: string): Promise<ParsedEmail>;
  /**
   * One page of history from startHistoryId: messages added and deleted, every label (the sync
   * keeps INBOX mail for the pipeline, sent mail and removed drafts for the draft outcomes).
   * 404 → GMAIL_HISTORY_EXPIRED.
   */
  abstract listHistory(
    creds: GmailCredentials,
    startHistoryId: string,
    pageToken?: string,
  ): Promise<HistoryPage>;
  /** Recent INBOX message ids, newest first (for full re-sync and backfill). */
  abstract listMessages(
    creds: GmailCredentials,
    opts: { query?: string; labelIds?: string[]; maxResults: number },
  ): Promise<MessageRef[]>;
  /** Messages of a thread with selected headers only (format=metadata). */
  abstract getThreadMetadata(
    creds: GmailCredentials,
    threadId: string,
    headers: string[],
  ): Promise<ThreadMessageMeta[]>;
  abstract createDraft(creds: GmailCredentials, draft: DraftInput): Promise<DraftInfo>;
  abstract updateDraft(
    creds: GmailCredentials,
    draftId: string,
    draft: DraftInput,
  ): Promise<DraftInfo>;
  /** null when the draft no longer exists (sent or deleted). */
  abstract getDraft(creds: GmailCredentials, draftId: string): Promise<DraftInfo | null>;
  abstract listDrafts(creds: GmailCredentials): Promise<DraftInfo[]>;
  /** Every label of the mailbox, system and user ones (labels.list has no paging). */
  abstract listLabels(creds: GmailCredentials): Promise<GmailLabel[]>;
  /** Creates a user label; GMAIL_CONFLICT when a label of that name exists already. */
  abstract createLabel(creds: GmailCredentials, name: string): Promise<GmailLabel>;
  /**
   * Adds labels to a message (messages.modify with addLabelIds only: the service never removes
   * a label, so never archives or marks read). Answers the message's labels afterwards.
   */
  abstract addLabels(
    creds: GmailCredentials,
    messageId: string,
    labelIds: string[],
  ): Promise<string[]>;
  abstract watch(
    creds: GmailCredentials,
    topicName: string,
  ): Promise<{ historyId: string; expiration: Date }>;
  abstract stop(creds: GmailCredentials): Promise<void>;
}
