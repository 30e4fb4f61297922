import { Body, Controller, Delete, Get, HttpCode, Logger, Param, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { KnowledgeNotesService } from '../knowledge-notes/knowledge-notes.service.js';
import { NOTE_LIMITS } from '../knowledge-notes/knowledge-notes.js';
import { AUDIT_MESSAGE, auditFields } from './auth/admin-audit.js';
import { AdminApi, Principal, RequireRole } from './auth/admin-auth.decorators.js';
import { OwnerScope } from './auth/owner-scope.js';
import type { AdminPrincipal } from './auth/admin-role.js';
import { ErrorResponseDto } from './dto/error-response.dto.js';
import {
  KnowledgeNoteDto,
  KnowledgeNoteInputDto,
  KnowledgeNoteListDto,
  MailboxNoteParamDto,
} from './dto/knowledge-note.dto.js';
import { MailboxIdParamDto } from './dto/mailbox.dto.js';

/**
 * A mailbox's knowledge notes: facts (prices, availability, links) the reply for a matching
 * email may use. A write applies from the next reply on.
 */
@ApiTags('mailboxes')
@AdminApi()
@Controller('v1/mailboxes/:id/notes')
export class KnowledgeNotesController {
  private readonly logger = new Logger(KnowledgeNotesController.name);

  constructor(private readonly notes: KnowledgeNotesService) {}

  @Get()
  @RequireRole('operator')
  @OwnerScope('mailbox')
  @ApiOperation({ summary: 'The mailbox’s knowledge notes, oldest first. Role: operator.' })
  @ApiOkResponse({ type: KnowledgeNoteListDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'id is not a uuid' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async list(@Param() params: MailboxIdParamDto): Promise<KnowledgeNoteListDto> {
    return {
      items: (await this.notes.list(params.id)).map(KnowledgeNoteDto.from),
      max_notes: NOTE_LIMITS.perMailbox,
    };
  }

  @Post()
  @RequireRole('admin')
  @OwnerScope('mailbox')
  @ApiOperation({
    summary: `Add a note (at most ${NOTE_LIMITS.perMailbox} per mailbox). Role: admin.`,
  })
  @ApiCreatedResponse({ type: KnowledgeNoteDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'A field is invalid or too long' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'The mailbox has the most notes' })
  async create(
    @Param() params: MailboxIdParamDto,
    @Body() body: KnowledgeNoteInputDto,
    @Principal() principal: AdminPrincipal,
  ): Promise<KnowledgeNoteDto> {
    const note = await this.notes.create(params.id, KnowledgeNoteInputDto.toFields(body));
    this.audit(principal, 'POST /api/v1/mailboxes/:id/notes', params.id, note.id);
    return KnowledgeNoteDto.from(note);
  }

  @Get(':noteId')
  @RequireRole('operator')
  @OwnerScope('mailbox')
  @ApiOperation({ summary: 'One note. Role: operator.' })
  @ApiOkResponse({ type: KnowledgeNoteDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'an id is not a uuid' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async get(@Param() params: MailboxNoteParamDto): Promise<KnowledgeNoteDto> {
    return KnowledgeNoteDto.from(await this.notes.get(params.id, params.noteId));
  }

  @Put(':noteId')
  @RequireRole('admin')
  @OwnerScope('mailbox')
  @ApiOperation({ summary: 'Replace a note’s title, body and links. Role: admin.' })
  @ApiOkResponse({ type: KnowledgeNoteDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'A field is invalid or too long' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async replace(
    @Param() params: MailboxNoteParamDto,
    @Body() body: KnowledgeNoteInputDto,
    @Principal() principal: AdminPrincipal,
  ): Promise<KnowledgeNoteDto> {
    const note = await this.notes.update(
      params.id,
      params.noteId,
      KnowledgeNoteInputDto.toFields(body),
    );
    this.audit(principal, 'PUT /api/v1/mailboxes/:id/notes/:noteId', params.id, params.noteId);
    return KnowledgeNoteDto.from(note);
  }

  @Delete(':noteId')
  @HttpCode(204)
  @RequireRole('admin')
  @OwnerScope('mailbox')
  @ApiOperation({ summary: 'Delete a note. Role: admin.' })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'an id is not a uuid' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async delete(
    @Param() params: MailboxNoteParamDto,
    @Principal() principal: AdminPrincipal,
  ): Promise<void> {
    await this.notes.delete(params.id, params.noteId);
    this.audit(principal, 'DELETE /api/v1/mailboxes/:id/notes/:noteId', params.id, params.noteId);
  }

  /** Who changed which note; never its content. */
  private audit(principal: AdminPrincipal, route: string, mailboxId: string, noteId: string) {
    this.logger.log(auditFields(principal, route, { mailboxId, noteId }), AUDIT_MESSAGE);
  }
}
