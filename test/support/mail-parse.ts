import { AddressObject, simpleParser as parse } from 'mailparser';

export interface ParsedDraft {
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  inReplyTo: string | undefined;
  references: string[];
  headers: Map<string, unknown>;
  text: string;
}

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.flatMap((a) => a.value.map((v) => v.address ?? '')).filter(Boolean);
}

/** Parses a raw RFC 2822 draft with mailparser, flattened for assertions. */
export async function simpleParser(raw: string | Buffer): Promise<ParsedDraft> {
  const mail = await parse(raw);
  return {
    from: addresses(mail.from)[0] ?? '',
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    bcc: addresses(mail.bcc),
    subject: mail.subject ?? '',
    inReplyTo: mail.inReplyTo,
    references: Array.isArray(mail.references)
      ? mail.references
      : mail.references
        ? [mail.references]
        : [],
    headers: mail.headers,
    text: (mail.text ?? '').trim(),
  };
}
