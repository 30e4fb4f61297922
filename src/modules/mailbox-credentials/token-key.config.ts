import { IsOptional, IsString, ValidateBy, type ValidationArguments } from 'class-validator';
import { keyRingProblem, type TokenKeyEnv } from './token-key-ring.js';

/** Validates one token-key variable against the whole ring (ids, duplicates, active key). */
const tokenKeyRule = (variable: keyof TokenKeyEnv) =>
  ValidateBy({
    name: 'tokenKeyRing',
    validator: {
      validate: (_value: unknown, args?: ValidationArguments) =>
        keyRingProblem(args?.object as TokenKeyEnv, variable) === undefined,
      defaultMessage: (args?: ValidationArguments) =>
        keyRingProblem(args?.object as TokenKeyEnv, variable) ?? 'invalid value',
    },
  });

/**
 * Config slice (see core/config/config-slice.ts): the key ring that encrypts OAuth tokens at
 * rest (see token-key-ring.ts for every rule).
 */
export class TokenKeyConfig implements TokenKeyEnv {
  /**
   * 32 random bytes, canonical base64 or 64 hex: AES-256-GCM key for OAuth tokens at rest, key
   * id `default` in the key ring.
   */
  @IsOptional()
  @IsString()
  @tokenKeyRule('TOKEN_ENCRYPTION_KEY')
  TOKEN_ENCRYPTION_KEY?: string;

  /** More keys for rotation: `id:key,id:key` (each key as TOKEN_ENCRYPTION_KEY). */
  @IsOptional()
  @IsString()
  @tokenKeyRule('TOKEN_ENCRYPTION_KEYS')
  TOKEN_ENCRYPTION_KEYS?: string;

  /** The key new tokens are encrypted with; required once the ring holds several keys. */
  @tokenKeyRule('TOKEN_ENCRYPTION_ACTIVE_KEY_ID')
  TOKEN_ENCRYPTION_ACTIVE_KEY_ID?: string;
}
