import { Body, Controller, Delete, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiExcludeEndpoint,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiSecurity,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { AccountsService } from '../accounts/accounts.service.js';
import {
  clearedSessionCookie,
  csrfMatches,
  csrfTokenFor,
  sessionCookie,
  sessionTokenOf,
} from '../accounts/session-token.js';
import { SessionDto, SignInDto, UserDto } from './dto/account.dto.js';
import { ErrorResponseDto } from './dto/error-response.dto.js';

const LINK_TOKEN = /^[\w-]{43}$/;

const signedOut = () => new AppError(ErrorCodes.UNAUTHORIZED, 'Not signed in', { status: 401 });

/**
 * The console's sign-in: a password gives an httpOnly, SameSite=Strict session cookie; the
 * session's CSRF token is answered in the body only, for the console to send back on writes.
 */
@ApiTags('session')
@SkipThrottle({ webhook: true })
@Controller('v1/session')
export class ConsoleSessionController {
  constructor(private readonly accounts: AccountsService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in to the console with an owner account (sets the cookie).',
    security: [],
  })
  @ApiOkResponse({ type: SessionDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto, description: 'Wrong address or password' })
  @ApiTooManyRequestsResponse({
    type: ErrorResponseDto,
    description: 'Too many sign-ins for this account or from this address',
  })
  async signIn(
    @Body() body: SignInDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionDto> {
    const signed = await this.accounts.signIn(body.email, body.password, request.ip);
    void reply
      .header(
        'set-cookie',
        sessionCookie(signed.token, {
          maxAgeSeconds: signed.maxAgeSeconds,
          secure: this.accounts.secureCookies,
        }),
      )
      .header('cache-control', 'no-store');
    return { user: UserDto.from(signed.user), csrf_token: csrfTokenFor(signed.token) };
  }

  /**
   * A one-time sign-in link (POST /api/v1/users/{id}/login-link) as a browser opens it: sets the
   * session cookie and goes on to the console. A page, not an API: left out of the document,
   * like the OAuth callback.
   */
  @Get('link')
  @ApiExcludeEndpoint()
  async link(
    @Query('token') token: unknown,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const signed =
      typeof token === 'string' && LINK_TOKEN.test(token)
        ? await this.accounts.signInWithLink(token)
        : undefined;
    void reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
    // An unknown, used or expired link lands on the sign-in form.
    if (signed)
      void reply.header(
        'set-cookie',
        sessionCookie(signed.token, {
          maxAgeSeconds: signed.maxAgeSeconds,
          secure: this.accounts.secureCookies,
        }),
      );
    void reply.redirect('/console/', 302);
  }

  @Get()
  @ApiSecurity('session')
  @ApiOperation({ summary: 'The signed-in owner and the session’s CSRF token.' })
  @ApiOkResponse({ type: SessionDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto, description: 'No live session' })
  async current(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionDto> {
    const token = sessionTokenOf(request.headers);
    const user = token ? await this.accounts.userOfSession(token) : undefined;
    if (!token || !user) throw signedOut();
    void reply.header('cache-control', 'no-store');
    return { user: UserDto.from(user), csrf_token: csrfTokenFor(token) };
  }

  @Delete()
  @HttpCode(204)
  @ApiSecurity('session')
  @ApiOperation({ summary: 'Sign out: the session ends on the server and the cookie is cleared.' })
  @ApiNoContentResponse({ description: 'Signed out' })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: 'Missing or wrong X-CSRF-Token' })
  async signOut(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const token = sessionTokenOf(request.headers);
    if (token) {
      if (!csrfMatches(token, request.headers['x-csrf-token']))
        throw new AppError(ErrorCodes.FORBIDDEN, 'Missing or wrong X-CSRF-Token', { status: 403 });
      await this.accounts.signOut(token);
    }
    void reply.header('set-cookie', clearedSessionCookie(this.accounts.secureCookies));
  }
}
