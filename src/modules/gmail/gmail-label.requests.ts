import type { GmailCredentials, GmailLabel } from './gmail-client.port.js';
import { type GmailCall, required } from './gmail-request.js';

/* The label requests behind GmailClient: the mailbox's labels and labelling a message. */

export async function list(call: GmailCall, creds: GmailCredentials): Promise<GmailLabel[]> {
  const data = await call(creds, 'labels.list', (g) => g.users.labels.list({ userId: 'me' }));
  return (data.labels ?? []).flatMap((l) => (l.id && l.name ? [{ id: l.id, name: l.name }] : []));
}

export async function create(
  call: GmailCall,
  creds: GmailCredentials,
  name: string,
): Promise<GmailLabel> {
  const data = await call(creds, 'labels.create', (g) =>
    g.users.labels.create({
      userId: 'me',
      requestBody: { name, labelListVisibility: 'labelShow', messageListVisibility: 'show' },
    }),
  );
  return { id: required(data.id, 'label.id'), name: data.name ?? name };
}

export async function add(
  call: GmailCall,
  creds: GmailCredentials,
  messageId: string,
  labelIds: string[],
): Promise<string[]> {
  const data = await call(creds, 'messages.modify', (g) =>
    g.users.messages.modify({
      userId: 'me',
      id: messageId,
      requestBody: { addLabelIds: labelIds },
    }),
  );
  return data.labelIds ?? [];
}
