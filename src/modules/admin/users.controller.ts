import { Body, Controller, HttpCode, Logger, Param, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';
import { UserRepository } from '../persistence/repositories/user.repository.js';
import { AUDIT_MESSAGE, auditFields } from './auth/admin-audit.js';
import { AdminApi, Principal, RequireRole } from './auth/admin-auth.decorators.js';
import type { AdminPrincipal } from './auth/admin-role.js';
import { CreateUserDto, LoginLinkDto, UserDto, UserIdParamDto } from './dto/account.dto.js';
import { ErrorResponseDto } from './dto/error-response.dto.js';
import { MailboxDto, MailboxIdParamDto, MailboxOwnerDto } from './dto/mailbox.dto.js';

/** Console owner accounts, managed by operators: there is no self-signup. */
@ApiTags('users')
@AdminApi()
@RequireRole('admin')
@Controller('v1')
export class UsersController {
  private readonly logger = new Logger(UsersController.name);

  constructor(
    private readonly accounts: AccountsService,
    private readonly users: UserRepository,
    private readonly mailboxes: MailboxRepository,
  ) {}

  @Post('users')
  @HttpCode(201)
  @ApiOperation({ summary: 'Create a console owner account. Role: admin.' })
  @ApiCreatedResponse({ type: UserDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'The address has an account' })
  async create(
    @Body() body: CreateUserDto,
    @Principal() principal: AdminPrincipal,
  ): Promise<UserDto> {
    const user = await this.accounts.createUser(body.email, body.password, body.display_name);
    this.logger.log(
      auditFields(principal, 'POST /api/v1/users', { userId: user.id }),
      AUDIT_MESSAGE,
    );
    return UserDto.from(user);
  }

  @Post('users/:id/login-link')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'A one-time sign-in link for a console owner (valid 15 minutes, used once). Role: admin.',
  })
  @ApiCreatedResponse({ type: LoginLinkDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'No such account' })
  async loginLink(
    @Param() params: UserIdParamDto,
    @Principal() principal: AdminPrincipal,
  ): Promise<LoginLinkDto> {
    if (!(await this.users.findById(params.id)))
      throw new AppError(ErrorCodes.NOT_FOUND, 'Unknown account', { status: 404 });
    const link = await this.accounts.issueLoginLink(params.id);
    this.logger.log(
      auditFields(principal, 'POST /api/v1/users/:id/login-link', { userId: params.id }),
      AUDIT_MESSAGE,
    );
    return {
      path: `/api/v1/session/link?token=${link.token}`,
      expires_at: link.expiresAt,
    };
  }

  @Put('mailboxes/:id/owner')
  @ApiOperation({
    summary: 'Give a mailbox to a console owner account (or back to operators only). Role: admin.',
  })
  @ApiOkResponse({ type: MailboxDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'No such mailbox or account' })
  async assign(
    @Param() params: MailboxIdParamDto,
    @Body() body: MailboxOwnerDto,
    @Principal() principal: AdminPrincipal,
  ): Promise<MailboxDto> {
    if (body.owner_id !== null && !(await this.users.findById(body.owner_id)))
      throw new AppError(ErrorCodes.NOT_FOUND, 'Unknown account', { status: 404 });
    if (!(await this.users.assignMailbox(params.id, body.owner_id)))
      throw new AppError(ErrorCodes.NOT_FOUND, 'Unknown mailbox', { status: 404 });
    this.logger.log(
      auditFields(principal, 'PUT /api/v1/mailboxes/:id/owner', { mailboxId: params.id }),
      AUDIT_MESSAGE,
    );
    return MailboxDto.from((await this.mailboxes.findById(params.id))!);
  }
}
