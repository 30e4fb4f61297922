import { ApiProperty } from '@nestjs/swagger';

class ErrorBodyDto {
  @ApiProperty({ example: 'INVALID_EMAIL_ID' })
  code: string;

  @ApiProperty({ example: 'Email ID must be alphanumeric' })
  message: string;

  @ApiProperty({
    type: 'object',
    nullable: true,
    additionalProperties: true,
    example: { field: 'email_id', provided: 'invalid@value' },
  })
  details: Record<string, unknown> | null;

  @ApiProperty({ format: 'date-time' })
  timestamp: string;

  @ApiProperty({ nullable: true, type: String, example: 'req-abc-123' })
  request_id: string | null;
}

/** The one error shape of the API (HttpExceptionFilter), documented for Swagger. */
export class ErrorResponseDto {
  @ApiProperty({ type: ErrorBodyDto })
  error: ErrorBodyDto;
}
