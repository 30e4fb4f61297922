import type { ParsedEmail } from '../../src/modules/gmail/gmail-client.port.js';
import { AiResponseEntity } from '../../src/modules/persistence/entities/ai-response.entity.js';
import { EmailEntity } from '../../src/modules/persistence/entities/email.entity.js';
import { MailboxEntity } from '../../src/modules/persistence/entities/mailbox.entity.js';
import { ProcessingTaskEntity } from '../../src/modules/persistence/entities/processing-task.entity.js';
import type { StageContext } from '../../src/modules/pipeline/stage-context.service.js';
import type { MailboxSettingsDocument } from '../../src/modules/mailbox-settings/mailbox-settings.js';
import {
  type EffectiveSettings,
  effectiveSettings,
} from '../../src/modules/pipeline/effective-settings.js';
import { PipelineConfig } from '../../src/modules/pipeline/pipeline.config.js';

/*
 * Builders for the entities and messages unit specs set up again and again: each gives a valid
 * object with the ids the specs share (task t-1, email 1 / m-1, mailbox mb) and takes overrides for
 * what the test is about, e.g. `aTask({ stage: 'classified' })`. Defaults stay minimal on purpose:
 * a field a spec does not name is left unset, as the hand-made objects these replace left it.
 */

export const OWNER = 'me@example.com';
export const SENDER = 'dana@customer.example';

/** A processing task (entity instance, so `instanceof` and class defaults hold). */
export function aTask(over: Partial<ProcessingTaskEntity> = {}): ProcessingTaskEntity {
  return Object.assign(new ProcessingTaskEntity(), { id: 't-1' }, over);
}

/** A recorded email row. */
export function anEmail(over: Partial<EmailEntity> = {}): EmailEntity {
  return Object.assign(new EmailEntity(), { id: 1, messageId: 'm-1' }, over);
}

/** A connected mailbox. */
export function aMailbox(over: Partial<MailboxEntity> = {}): MailboxEntity {
  return Object.assign(
    new MailboxEntity(),
    { id: 'mb', emailAddress: OWNER, status: 'active' },
    over,
  );
}

/** A task's AI response row. */
export function anAiResponse(over: Partial<AiResponseEntity> = {}): AiResponseEntity {
  return Object.assign(new AiResponseEntity(), { taskId: 't-1' }, over);
}

/** A message as the Gmail port returns it: an inbox mail from SENDER to OWNER. */
export function aParsedEmail(over: Partial<ParsedEmail> = {}): ParsedEmail {
  const id = over.id ?? 'm-1';
  const text = over.text ?? 'Could you send the invoice?';
  return {
    id,
    threadId: id,
    labelIds: ['INBOX'],
    headers: {},
    from: { address: SENDER },
    replyTo: [],
    to: [{ address: OWNER }],
    cc: [],
    subject: 'Invoice?',
    receivedAt: new Date('2026-12-06T10:00:00Z'),
    text,
    fromHtml: false,
    attachments: [],
    snippet: '',
    ...over,
  };
}

/** What a stage gets from its claim: a task in `stage`, last seen at `previousStage`. */
export function aStageContext(over: Partial<StageContext> = {}): StageContext {
  const mailbox = over.mailbox ?? aMailbox();
  return {
    task: aTask({ status: 'processing', stage: 'classifying' }),
    previousStage: 'queued',
    email: anEmail(),
    mailbox,
    creds: { mailboxId: mailbox.id, emailAddress: mailbox.emailAddress, refreshToken: 'x' },
    response: null,
    settings: aSettings(),
    ...over,
  };
}

/**
 * Effective settings: the pipeline's defaults (PipelineConfig, `config` on top) with a mailbox's
 * settings document over them, e.g. `aSettings({ signature: 'Alex' })`.
 */
export function aSettings(
  doc: MailboxSettingsDocument = {},
  config: Partial<PipelineConfig> = {},
): EffectiveSettings {
  return effectiveSettings(aConfig(PipelineConfig, config), doc);
}

/**
 * A config slice with its defaults and `over` on top, e.g. `aConfig(PipelineConfig, {
 * DAILY_DRAFT_CAP: 1 })`. Not validated: a spec sets typed values, and the slice's own spec
 * covers parsing and validation (loadConfigSlice).
 */
export function aConfig<T extends object>(Slice: new () => T, over: Partial<T> = {}): T {
  return Object.assign(new Slice(), over);
}
