import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import type { MailboxSettingsDocument } from '../../mailbox-settings/mailbox-settings.js';
import type {
  MailboxSettingsView,
  SettingsPatch,
} from '../../mailbox-settings/mailbox-settings.service.js';
import {
  GuidanceSettingsDto,
  ProfileSettingsDto,
  ReplySettingsDto,
} from './mailbox-settings-prompt.dto.js';
import {
  LabelSettingsDto,
  LimitSettingsDto,
  SenderSettingsDto,
} from './mailbox-settings-triage.dto.js';

/**
 * A mailbox's settings (PUT replaces them, PATCH changes the fields it names). Every field is
 * optional; null or absent means the environment's default. One flat document on the wire,
 * composed of its sections in the order the API documents its fields.
 */
export class MailboxSettingsDto extends IntersectionType(
  ProfileSettingsDto,
  ReplySettingsDto,
  LimitSettingsDto,
  SenderSettingsDto,
  LabelSettingsDto,
  GuidanceSettingsDto,
) {
  /** The fields the request named (null included), as the settings service takes them. */
  static toPatch(dto: MailboxSettingsDto): SettingsPatch {
    const patch: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(dto)) {
      if (value === undefined) continue;
      patch[key] =
        key === 'label_names' && value !== null
          ? Object.fromEntries(Object.entries(value as object).filter(([, v]) => v !== undefined))
          : value;
    }
    return patch as SettingsPatch;
  }
}

/** The stored settings; fields left out take the environment's defaults. */
export class MailboxSettingsResponseDto {
  @ApiProperty({ format: 'uuid' })
  mailbox_id: string;

  @ApiProperty({ type: 'integer', description: 'Schema version of the settings document' })
  version: number;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'null: never set',
  })
  updated_at: Date | null;

  @ApiProperty({ type: MailboxSettingsDto })
  settings: MailboxSettingsDocument;

  static from(view: MailboxSettingsView): MailboxSettingsResponseDto {
    return {
      mailbox_id: view.mailboxId,
      version: view.version,
      updated_at: view.updatedAt,
      settings: view.settings,
    };
  }
}
