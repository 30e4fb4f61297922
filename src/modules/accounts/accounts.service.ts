import { Injectable, Logger } from '@nestjs/common';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { Coordination } from '../../core/coordination/coordination.port.js';
import {
  FixedWindowLimiter,
  type LimiterStore,
} from '../../core/rate-limit/fixed-window.limiter.js';
import { RedisService } from '../../core/redis/redis.service.js';
import { type UserRow, UserRepository } from '../persistence/repositories/user.repository.js';
import { AccountsConfig } from './accounts.config.js';
import {
  DECOY_HASH,
  hashPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  verifyPassword,
} from './password-hash.js';
import { newSessionToken, sessionHash } from './session-token.js';

const LOGIN_WINDOW_SECONDS = 15 * 60;
/** How long a one-time sign-in link stays usable. */
export const LOGIN_LINK_TTL_SECONDS = 15 * 60;

export interface SignedIn {
  token: string;
  user: UserRow;
  maxAgeSeconds: number;
}

/**
 * Console owner accounts: created by operators, signed in with a password, held by a
 * server-side session (idle and absolute expiry; sign-out deletes it). Sign-ins are counted per
 * account and per client IP, successful ones included, so neither guessing one account's
 * password nor spraying one password over many accounts goes fast.
 */
@Injectable()
export class AccountsService {
  private readonly logger = new Logger(AccountsService.name);
  private readonly perAccount: FixedWindowLimiter;
  private readonly perIp: FixedWindowLimiter;

  constructor(
    private readonly config: AccountsConfig,
    private readonly users: UserRepository,
    coordination: Coordination,
  ) {
    const store: LimiterStore =
      coordination instanceof RedisService ? { redis: coordination.client } : {};
    const prefix = coordination instanceof RedisService ? coordination.key('login') : 'login';
    this.perAccount = new FixedWindowLimiter(
      {
        keyPrefix: `${prefix}:account`,
        points: config.LOGIN_ATTEMPTS_PER_ACCOUNT,
        durationSeconds: LOGIN_WINDOW_SECONDS,
      },
      store,
    );
    this.perIp = new FixedWindowLimiter(
      {
        keyPrefix: `${prefix}:ip`,
        points: config.LOGIN_ATTEMPTS_PER_IP,
        durationSeconds: LOGIN_WINDOW_SECONDS,
      },
      store,
    );
  }

  get sessionMaxAgeSeconds(): number {
    return this.config.SESSION_MAX_HOURS * 3600;
  }

  get secureCookies(): boolean {
    return this.config.SESSION_COOKIE_SECURE;
  }

  async createUser(email: string, password: string, displayName?: string): Promise<UserRow> {
    if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH)
      throw new AppError(ErrorCodes.VALIDATION_FAILED, 'Request validation failed', {
        status: 400,
        details: {
          fields: {
            password: [
              `password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`,
            ],
          },
        },
      });
    const user = await this.users.create(
      normalise(email),
      displayName ?? null,
      await hashPassword(password),
    );
    if (!user)
      throw new AppError(ErrorCodes.CONFLICT, 'An account with this address exists', {
        status: 409,
      });
    this.logger.log({ userId: user.id }, 'console account created');
    return user;
  }

  async signIn(email: string, password: string, ip: string): Promise<SignedIn> {
    const address = normalise(email);
    const [byIp, byAccount] = await Promise.all([
      this.perIp.consume(ip, 1),
      this.perAccount.consume(address, 1),
    ]);
    if (!byIp.allowed || !byAccount.allowed)
      throw new AppError(ErrorCodes.RATE_LIMITED, 'Too many sign-in attempts; try again later', {
        status: 429,
        details: {
          retry_after_seconds: Math.ceil(
            Math.max(byIp.msBeforeNext, byAccount.msBeforeNext) / 1000,
          ),
        },
      });
    const user = await this.users.findByEmail(address);
    // The same scrypt work whether or not the account exists: timing tells no addresses.
    const ok = await verifyPassword(password, user?.passwordHash ?? (await DECOY_HASH));
    if (!user || !ok)
      throw new AppError(ErrorCodes.UNAUTHORIZED, 'Wrong email address or password', {
        status: 401,
      });
    const token = newSessionToken();
    await this.users.openSession(sessionHash(token), user.id, this.sessionMaxAgeSeconds);
    this.logger.log({ userId: user.id }, 'console sign-in');
    return {
      token,
      user: { id: user.id, email: user.email, displayName: user.displayName },
      maxAgeSeconds: this.sessionMaxAgeSeconds,
    };
  }

  /**
   * A one-time sign-in link token for `userId` (operators hand it to an owner; the demo prints
   * one): the link signs its first visitor in and is then gone.
   */
  async issueLoginLink(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = newSessionToken();
    const expiresAt = await this.users.saveLoginLink(
      sessionHash(token),
      userId,
      LOGIN_LINK_TTL_SECONDS,
    );
    this.logger.log({ userId }, 'console sign-in link issued');
    return { token, expiresAt };
  }

  /** Uses a sign-in link once: a new session for its user, or undefined. */
  async signInWithLink(token: string): Promise<SignedIn | undefined> {
    const userId = await this.users.takeLoginLink(sessionHash(token));
    const user = userId ? await this.users.findById(userId) : undefined;
    if (!user) return undefined;
    const session = newSessionToken();
    await this.users.openSession(sessionHash(session), user.id, this.sessionMaxAgeSeconds);
    this.logger.log({ userId: user.id }, 'console sign-in by link');
    return { token: session, user, maxAgeSeconds: this.sessionMaxAgeSeconds };
  }

  /** The user of a live session token (and the session kept alive), or undefined. */
  userOfSession(token: string): Promise<UserRow | undefined> {
    return this.users.touchSession(sessionHash(token), this.config.SESSION_IDLE_MINUTES * 60);
  }

  async signOut(token: string): Promise<void> {
    await this.users.closeSession(sessionHash(token));
  }
}

function normalise(email: string): string {
  return email.trim().toLowerCase();
}
