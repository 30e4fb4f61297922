import type { gmail_v1 } from 'googleapis';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import type { DraftInfo, DraftInput, GmailCredentials } from './gmail-client.port.js';
import { type GmailCall, required } from './gmail-request.js';

/* The drafts requests behind GmailClient. */

/** A runaway pagination loop would burn quota; no real mailbox has this many draft pages. */
const MAX_DRAFT_PAGES = 50;

export async function create(
  call: GmailCall,
  creds: GmailCredentials,
  draft: DraftInput,
): Promise<DraftInfo> {
  // JSON body, not a media upload: uploads ignore rootUrl (see shared/EXTERNAL-APIS.md).
  const data = await call(creds, 'drafts.create', (g) =>
    g.users.drafts.create({
      userId: 'me',
      requestBody: { message: { raw: toBase64Url(draft.raw), threadId: draft.threadId } },
    }),
  );
  return draftInfo(data);
}

export async function update(
  call: GmailCall,
  creds: GmailCredentials,
  draftId: string,
  draft: DraftInput,
): Promise<DraftInfo> {
  const data = await call(creds, 'drafts.update', (g) =>
    g.users.drafts.update({
      userId: 'me',
      id: draftId,
      requestBody: {
        id: draftId,
        message: { raw: toBase64Url(draft.raw), threadId: draft.threadId },
      },
    }),
  );
  return draftInfo(data);
}

export async function get(
  call: GmailCall,
  creds: GmailCredentials,
  draftId: string,
): Promise<DraftInfo | null> {
  try {
    const data = await call(creds, 'drafts.get', (g) =>
      g.users.drafts.get({ userId: 'me', id: draftId, format: 'minimal' }),
    );
    return draftInfo(data);
  } catch (err) {
    if (err instanceof AppError && err.code === ErrorCodes.GMAIL_NOT_FOUND) return null;
    throw err;
  }
}

export async function list(call: GmailCall, creds: GmailCredentials): Promise<DraftInfo[]> {
  const drafts: DraftInfo[] = [];
  let pageToken: string | undefined;
  for (let page = 0; page < MAX_DRAFT_PAGES; page++) {
    const data = await call(creds, 'drafts.list', (g) =>
      g.users.drafts.list({ userId: 'me', maxResults: 500, pageToken }),
    );
    for (const d of data.drafts ?? []) if (d.id && d.message?.id) drafts.push(draftInfo(d));
    pageToken = data.nextPageToken ?? undefined;
    if (!pageToken) break;
  }
  return drafts;
}

function toBase64Url(raw: string): string {
  return Buffer.from(raw, 'utf8').toString('base64url');
}

function draftInfo(draft: gmail_v1.Schema$Draft): DraftInfo {
  return {
    draftId: required(draft.id, 'draft.id'),
    messageId: required(draft.message?.id, 'draft.message.id'),
    threadId: required(draft.message?.threadId, 'draft.message.threadId'),
  };
}
