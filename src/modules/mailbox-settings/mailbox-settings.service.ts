import { Injectable } from '@nestjs/common';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';
import {
  MailboxSettingsRepository,
  type StoredSettings,
} from '../persistence/repositories/mailbox-settings.repository.js';
import {
  type MailboxSettingsDocument,
  parseSettings,
  SETTINGS_LIMITS,
  SETTINGS_VERSION,
  type SettingsField,
} from './mailbox-settings.js';

/** A mailbox's settings as stored: absent fields take the environment's defaults. */
export interface MailboxSettingsView {
  mailboxId: string;
  version: number;
  settings: MailboxSettingsDocument;
  /** null until the mailbox's settings are first written. */
  updatedAt: Date | null;
}

/** A change: a value sets the field, null clears it (back to the default), absent keeps it. */
export type SettingsPatch = { [K in SettingsField]?: MailboxSettingsDocument[K] | null };

/**
 * Reads and writes a mailbox's settings document. The fields arrive validated one by one (the
 * admin API's DTO); the whole document is bounded here. The pipeline reads the row with every
 * claim, so a write applies to the next email, in every process, without a cache to invalidate.
 */
@Injectable()
export class MailboxSettingsService {
  constructor(
    private readonly mailboxes: MailboxRepository,
    private readonly settings: MailboxSettingsRepository,
  ) {}

  async get(mailboxId: string): Promise<MailboxSettingsView> {
    await this.requireMailbox(mailboxId);
    const stored = await this.settings.get(mailboxId);
    return {
      mailboxId,
      version: stored?.version ?? SETTINGS_VERSION,
      settings: parseSettings(stored?.settings),
      updatedAt: stored?.updatedAt ?? null,
    };
  }

  /** Replaces the whole document (fields left out fall back to the defaults). */
  async replace(mailboxId: string, next: SettingsPatch): Promise<MailboxSettingsView> {
    await this.requireMailbox(mailboxId);
    const doc = bounded(withoutNulls(next));
    return this.view(mailboxId, await this.settings.put(mailboxId, SETTINGS_VERSION, doc));
  }

  /**
   * Changes the fields named; the rest stay as stored. Serialised per mailbox, so two
   * concurrent changes of different fields both stay.
   */
  async update(mailboxId: string, patch: SettingsPatch): Promise<MailboxSettingsView> {
    await this.requireMailbox(mailboxId);
    const stored = await this.settings.change(mailboxId, SETTINGS_VERSION, (json) => {
      const current = parseSettings(json);
      const merged: SettingsPatch = { ...current, ...patch };
      if (patch.label_names && current.label_names)
        merged.label_names = { ...current.label_names, ...patch.label_names };
      return bounded(withoutNulls(merged));
    });
    return this.view(mailboxId, stored);
  }

  private view(mailboxId: string, stored: StoredSettings): MailboxSettingsView {
    return {
      mailboxId,
      version: stored.version,
      settings: parseSettings(stored.settings),
      updatedAt: stored.updatedAt,
    };
  }

  private async requireMailbox(mailboxId: string): Promise<void> {
    if (!(await this.mailboxes.findById(mailboxId)))
      throw new AppError(ErrorCodes.NOT_FOUND, 'Unknown mailbox', {
        status: 404,
        details: { id: mailboxId },
      });
  }
}

/** The document, refused when it is too large as a whole (each field is bounded by the DTO). */
function bounded(doc: MailboxSettingsDocument): MailboxSettingsDocument {
  const size = JSON.stringify(doc).length;
  if (size > SETTINGS_LIMITS.totalChars) {
    throw new AppError(
      ErrorCodes.VALIDATION_FAILED,
      `Settings too large: ${size} characters as JSON, at most ${SETTINGS_LIMITS.totalChars}`,
      { status: 400, details: { size, max: SETTINGS_LIMITS.totalChars } },
    );
  }
  return doc;
}

/** The document without cleared fields (and without an empty label_names). */
function withoutNulls(patch: SettingsPatch): MailboxSettingsDocument {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined) continue;
    if (key === 'label_names') {
      const names = Object.fromEntries(
        Object.entries(value as Record<string, unknown>).filter(
          ([, v]) => v !== null && v !== undefined,
        ),
      );
      if (Object.keys(names).length) out[key] = names;
      continue;
    }
    out[key] = value;
  }
  return out as MailboxSettingsDocument;
}
