import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import type { UserRow } from '../../persistence/repositories/user.repository.js';

export class SignInDto {
  @ApiProperty({ example: 'owner@example.com', maxLength: 320 })
  @IsString()
  @MaxLength(320)
  @IsEmail()
  email: string;

  @ApiProperty({ maxLength: 256, format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;
}

export class CreateUserDto {
  @ApiProperty({ example: 'owner@example.com', maxLength: 320 })
  @IsString()
  @MaxLength(320)
  @IsEmail()
  email: string;

  @ApiProperty({ minLength: 12, maxLength: 256, format: 'password' })
  @IsString()
  @MinLength(12)
  @MaxLength(256)
  password: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  display_name?: string;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'owner@example.com' })
  email: string;

  @ApiProperty({ type: String, nullable: true })
  display_name: string | null;

  static from(user: UserRow): UserDto {
    return { id: user.id, email: user.email, display_name: user.displayName };
  }
}

export class SessionDto {
  @ApiProperty({ type: UserDto })
  user: UserDto;

  @ApiProperty({
    description:
      'Send it as X-CSRF-Token with every write made with the session cookie (POST, PUT, PATCH, DELETE)',
  })
  csrf_token: string;
}

export class UserIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

export class LoginLinkDto {
  @ApiProperty({
    description:
      'Path of the link on this api (prefix it with the console’s public origin); used once',
  })
  path: string;

  @ApiProperty({ format: 'date-time' })
  expires_at: Date;
}
