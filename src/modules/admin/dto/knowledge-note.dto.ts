import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { NOTE_LIMITS as L } from '../../knowledge-notes/knowledge-notes.js';
import type {
  KnowledgeNoteRow,
  NoteFields,
} from '../../persistence/repositories/knowledge-note.repository.js';

/** No control characters but line breaks and tabs (they would end up in prompts and drafts). */
const NO_CONTROLS = /^(?:[^\p{Cc}]|[\n\r\t])*$/u;
/** One line, no control characters at all. */
const ONE_LINE = /^[^\p{Cc}]*$/u;

const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

const UNTRUSTED =
  'Goes into reply prompts as facts the reply may use, framed so that it cannot act as an instruction.';

export class MailboxNoteParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  noteId: string;
}

/** A note as written through the API (POST creates, PUT replaces every field). */
export class KnowledgeNoteInputDto {
  @ApiProperty({ minLength: 1, maxLength: L.title, example: 'Prices 2026' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(L.title)
  @Matches(ONE_LINE, { message: 'title must be one line' })
  title: string;

  @ApiProperty({
    minLength: 1,
    maxLength: L.body,
    example: 'A one-hour consultation costs 120 EUR; a half day 400 EUR.',
    description: UNTRUSTED,
  })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(L.body)
  @Matches(NO_CONTROLS, { message: 'body must not contain control characters' })
  body: string;

  @ApiPropertyOptional({
    type: [String],
    maxItems: L.links,
    example: ['https://cal.example/alex/consultation'],
    description: `http(s) links, at most ${L.link} characters each, that a reply using this note may carry (links in the body count too); any other link is still taken out of drafts.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.links)
  @IsString({ each: true })
  @MaxLength(L.link, { each: true })
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { each: true, message: 'each link must be an http(s) URL' },
  )
  links?: string[];

  static toFields(dto: KnowledgeNoteInputDto): NoteFields {
    return { title: dto.title, body: dto.body, links: dto.links ?? [] };
  }
}

export class KnowledgeNoteDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  body: string;

  @ApiProperty({ type: [String] })
  links: string[];

  @ApiProperty({ format: 'date-time' })
  created_at: Date;

  @ApiProperty({ format: 'date-time' })
  updated_at: Date;

  static from(row: KnowledgeNoteRow): KnowledgeNoteDto {
    return {
      id: row.id,
      title: row.title,
      body: row.body,
      links: row.links,
      created_at: row.createdAt,
      updated_at: row.updatedAt,
    };
  }
}

export class KnowledgeNoteListDto {
  @ApiProperty({ type: [KnowledgeNoteDto] })
  items: KnowledgeNoteDto[];

  @ApiProperty({ type: 'integer', example: L.perMailbox, description: 'Notes a mailbox may keep' })
  max_notes: number;
}
