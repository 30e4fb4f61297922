import { Injectable } from '@nestjs/common';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import type { ReplyNote } from '../llm/llm-provider.port.js';
import {
  KnowledgeNoteRepository,
  type KnowledgeNoteRow,
  type NoteFields,
} from '../persistence/repositories/knowledge-note.repository.js';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';
import { MIN_NOTE_RANK, NOTE_LIMITS, NOTES_PER_REPLY } from './knowledge-notes.js';
import { noteSearchQuery } from './note-query.js';

/**
 * A mailbox's knowledge notes: managed through the admin API (fields validated by its DTO,
 * bounded again here), and the few that match an email found for its reply.
 */
@Injectable()
export class KnowledgeNotesService {
  constructor(
    private readonly mailboxes: MailboxRepository,
    private readonly notes: KnowledgeNoteRepository,
  ) {}

  async list(mailboxId: string): Promise<KnowledgeNoteRow[]> {
    await this.requireMailbox(mailboxId);
    return this.notes.list(mailboxId);
  }

  async get(mailboxId: string, id: string): Promise<KnowledgeNoteRow> {
    await this.requireMailbox(mailboxId);
    return found(await this.notes.get(mailboxId, id), id);
  }

  async create(mailboxId: string, fields: NoteFields): Promise<KnowledgeNoteRow> {
    await this.requireMailbox(mailboxId);
    const note = await this.notes.create(mailboxId, bounded(fields), NOTE_LIMITS.perMailbox);
    if (!note)
      throw new AppError(
        ErrorCodes.CONFLICT,
        `The mailbox has ${NOTE_LIMITS.perMailbox} notes, the most it may keep`,
        { status: 409, details: { limit: NOTE_LIMITS.perMailbox } },
      );
    return note;
  }

  async update(mailboxId: string, id: string, fields: NoteFields): Promise<KnowledgeNoteRow> {
    await this.requireMailbox(mailboxId);
    return found(await this.notes.update(mailboxId, id, bounded(fields)), id);
  }

  async delete(mailboxId: string, id: string): Promise<void> {
    await this.requireMailbox(mailboxId);
    if (!(await this.notes.delete(mailboxId, id))) found(null, id);
  }

  /**
   * The notes a reply to this email may use: full-text matches of its subject and body head,
   * best first, at most NOTES_PER_REPLY, none ranked below MIN_NOTE_RANK.
   */
  async forEmail(mailboxId: string, subject: string, body: string): Promise<ReplyNote[]> {
    const query = noteSearchQuery(subject, body);
    if (!query) return [];
    const rows = await this.notes.search(mailboxId, query, NOTES_PER_REPLY, MIN_NOTE_RANK);
    return rows.map(({ id, title, body: text, links }) => ({ id, title, body: text, links }));
  }

  private async requireMailbox(mailboxId: string): Promise<void> {
    if (!(await this.mailboxes.findById(mailboxId)))
      throw new AppError(ErrorCodes.NOT_FOUND, 'Unknown mailbox', {
        status: 404,
        details: { id: mailboxId },
      });
  }
}

function found(note: KnowledgeNoteRow | null, id: string): KnowledgeNoteRow {
  if (!note)
    throw new AppError(ErrorCodes.NOT_FOUND, 'Unknown note', { status: 404, details: { id } });
  return note;
}

/** Each field cut to its bound (the DTO refuses longer ones; this guards other callers). */
function bounded(fields: NoteFields): NoteFields {
  return {
    title: fields.title.trim().slice(0, NOTE_LIMITS.title),
    body: fields.body.trim().slice(0, NOTE_LIMITS.body),
    links: [...new Set(fields.links.map((l) => l.trim()).filter(Boolean))]
      .slice(0, NOTE_LIMITS.links)
      .map((l) => l.slice(0, NOTE_LIMITS.link)),
  };
}
