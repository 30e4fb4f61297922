import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateBy,
  type ValidationOptions,
} from 'class-validator';
import {
  MATCH_SENDER_LANGUAGE,
  RESERVED_LABEL_NAMES,
  SETTINGS_LIMITS as L,
} from '../../mailbox-settings/mailbox-settings.js';

/* The checks the settings sections (mailbox-settings-*.dto.ts) share. */

/** No control characters but line breaks and tabs (they would end up in prompts and drafts). */
export const NO_CONTROLS = /^(?:[^\p{Cc}]|[\n\r\t])*$/u;
/** One line, no control characters at all. */
export const ONE_LINE = /^[^\p{Cc}]*$/u;
/** `name@domain` or `@domain`: one "@", no spaces, commas or angle brackets. */
const SENDER_ENTRY = /^[^\s@<>,;"]*@[^\s@<>,;"]+$/;
export const LANGUAGE = new RegExp(
  `^(?:${MATCH_SENDER_LANGUAGE}|[\\p{L}][\\p{L} ()-]{1,39})$`,
  'u',
);

export const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;
const lowerList = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v))
    : value;

/** A bounded list of sender addresses or @domains, lower-cased (VIP, always- and never-draft). */
export const SenderList = () =>
  applyDecorators(
    IsOptional(),
    Transform(lowerList),
    IsArray(),
    ArrayMaxSize(L.senderEntries),
    IsString({ each: true }),
    MaxLength(L.senderEntry, { each: true }),
    Matches(SENDER_ENTRY, { each: true, message: 'each sender must be name@domain or @domain' }),
  );

export function MaxLines(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maxLines',
      validator: {
        validate: (value) => typeof value !== 'string' || value.split('\n').length <= max,
        defaultMessage: (args) => `${args?.property} must have at most ${max} lines`,
      },
    },
    options,
  );
}

export function NotReservedLabel(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notReservedLabel',
      validator: {
        validate: (value) =>
          typeof value !== 'string' || !RESERVED_LABEL_NAMES.has(value.toLowerCase()),
        defaultMessage: (args) => `${args?.property} must not be a Gmail system label name`,
      },
    },
    options,
  );
}
