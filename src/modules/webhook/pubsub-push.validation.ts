import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { isBase64, isEmail, validateSync } from 'class-validator';
import { ErrorCodes } from '../../core/errors/app-error.js';
import {
  GmailNotificationDto,
  HISTORY_ID,
  PUSH_LIMITS,
  PubsubMessageDto,
  PubsubPushDto,
} from './pubsub-push.dto.js';

/**
 * Validation of the push envelope and its decoded data. The DTOs' class-validator rules are the
 * contract; running them (class-transformer, metadata lookups, the async executor) showed up in
 * every push's CPU profile. So the shape every real push has is checked here by hand with the same
 * validator functions, and anything this check does not accept goes through class-validator,
 * which either accepts it too or produces the detailed 400. The fast check may only ever be
 * stricter than the DTOs, never looser; pubsub-push.validation.spec.ts holds it to that.
 */

// Pub/Sub may add fields (attributes, orderingKey, deliveryAttempt): strip unknown ones, don't reject.
const pushPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: false,
  transform: true,
  exceptionFactory: (errors) =>
    new BadRequestException({
      code: ErrorCodes.VALIDATION_FAILED,
      message: 'Malformed Pub/Sub push',
      details: {
        fields: Object.fromEntries(
          errors.map((e) => [e.property, Object.values(e.constraints ?? { nested: 'invalid' })]),
        ),
      },
    }),
});

/** The envelope as the DTO would deliver it (whitelisted, typed), or a 400 BadRequestException. */
export async function validatePush(body: unknown): Promise<PubsubPushDto> {
  return acceptCommonPush(body) ?? validatePushWithClassValidator(body);
}

export async function validatePushWithClassValidator(body: unknown): Promise<PubsubPushDto> {
  return (await pushPipe.transform(body ?? {}, {
    type: 'body',
    metatype: PubsubPushDto,
  })) as PubsubPushDto;
}

/** The common, valid shape only; undefined means "let class-validator decide". */
export function acceptCommonPush(body: unknown): PubsubPushDto | undefined {
  if (!isRecord(body)) return undefined;
  const m = body.message;
  if (!isRecord(m)) return undefined;
  const { data, attributes } = m;
  // Length before base64: a string within the limit in UTF-16 units is within it for isLength too.
  if (
    typeof data !== 'string' ||
    data.length === 0 ||
    data.length > PUSH_LIMITS.data ||
    !isBase64(data)
  )
    return undefined;
  if (
    !optionalString(m.messageId, PUSH_LIMITS.messageId) ||
    !optionalString(m.message_id, PUSH_LIMITS.messageId)
  )
    return undefined;
  if (
    !optionalString(m.publishTime, PUSH_LIMITS.publishTime) ||
    !optionalString(m.publish_time, PUSH_LIMITS.publishTime)
  )
    return undefined;
  if (attributes !== undefined && attributes !== null && !isRecord(attributes)) return undefined;
  if (!optionalString(body.subscription, PUSH_LIMITS.subscription)) return undefined;
  if (isRecord(attributes) && !plainStringMap(attributes)) return undefined;

  const message = new PubsubMessageDto();
  message.data = data;
  copyPresent(m, message, ['messageId', 'message_id', 'publishTime', 'publish_time']);
  if (attributes !== undefined)
    message.attributes =
      attributes === null ? (null as never) : { ...(attributes as Record<string, string>) };
  const push = new PubsubPushDto();
  push.message = message;
  copyPresent(body, push, ['subscription']);
  return push;
}

/**
 * Addresses isEmail accepted (a pure function of the string): pushes come from a few mailboxes,
 * and validator's isEmail is the dearest check left. Cleared when full rather than evicted.
 */
const validAddresses = new Set<string>();
const VALID_ADDRESSES_MAX = 10_000;

function isKnownGoodEmail(value: string): boolean {
  if (validAddresses.has(value)) return true;
  if (!isEmail(value)) return false;
  if (validAddresses.size >= VALID_ADDRESSES_MAX) validAddresses.clear();
  validAddresses.add(value);
  return true;
}

export type NotificationCheck =
  { notification: GmailNotificationDto } | { fields: Record<string, string[]> };

/** The decoded `data`: the notification, or the failed fields keyed `data.<property>`. */
export function validateNotification(emailAddress: unknown, historyId: unknown): NotificationCheck {
  if (
    typeof emailAddress === 'string' &&
    emailAddress.length <= PUSH_LIMITS.emailAddress &&
    typeof historyId === 'string' &&
    HISTORY_ID.test(historyId) &&
    isKnownGoodEmail(emailAddress)
  ) {
    const notification = new GmailNotificationDto();
    notification.emailAddress = emailAddress;
    notification.historyId = historyId;
    return { notification };
  }
  return validateNotificationWithClassValidator(emailAddress, historyId);
}

export function validateNotificationWithClassValidator(
  emailAddress: unknown,
  historyId: unknown,
): NotificationCheck {
  const notification = plainToInstance(GmailNotificationDto, { emailAddress, historyId });
  const errors = validateSync(notification);
  if (!errors.length) return { notification };
  return {
    fields: Object.fromEntries(
      errors.map((e) => [`data.${e.property}`, Object.values(e.constraints ?? {})]),
    ),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** IsOptional + IsString + MaxLength, or stricter (see the length note above). */
function optionalString(value: unknown, max: number): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.length <= max)
  );
}

/**
 * Pub/Sub attributes are string to string. class-transformer deep-copies a nested object it has
 * no type for, and the pipe first deletes keys that could reach a prototype; for string values
 * and ordinary keys that is a shallow copy, anything else is left to them.
 */
function plainStringMap(value: Record<string, unknown>): boolean {
  for (const key in value) {
    if (
      typeof value[key] !== 'string' ||
      key === 'constructor' ||
      key === 'prototype' ||
      key === '__proto__'
    )
      return false;
  }
  return true;
}

function copyPresent<T extends object>(
  from: Record<string, unknown>,
  to: T,
  keys: (keyof T & string)[],
): void {
  for (const key of keys)
    if (from[key] !== undefined) (to as Record<string, unknown>)[key] = from[key];
}
