import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { pathOf } from '../logging/logger.options.js';
import { AppError, ErrorCodes } from './app-error.js';
import { isInfrastructureDown } from './infrastructure-errors.js';

interface ErrorBody {
  error: {
    code: string;
    message: string;
    details: Record<string, unknown> | null;
    timestamp: string;
    request_id: string | null;
  };
}

const STATUS_CODES: Record<number, string> = {
  400: ErrorCodes.VALIDATION_FAILED,
  401: ErrorCodes.UNAUTHORIZED,
  403: ErrorCodes.FORBIDDEN,
  404: ErrorCodes.NOT_FOUND,
  409: ErrorCodes.CONFLICT,
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: ErrorCodes.RATE_LIMITED,
  503: ErrorCodes.SERVICE_UNAVAILABLE,
};

/** Every error leaves the API in one shape: {"error":{code,message,details,timestamp,request_id}}. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const reply = ctx.getResponse<FastifyReply>();
    const request = ctx.getRequest<FastifyRequest>();
    const { status, code, message, details } = this.describe(exception);
    if (status >= 500) {
      this.logger.error({ err: exception, code, url: pathOf(request?.url) }, 'request failed');
    }
    const requestId = (request?.raw as { id?: string } | undefined)?.id ?? null;
    const body: ErrorBody = {
      error: {
        code,
        message,
        details: details ?? null,
        timestamp: new Date().toISOString(),
        request_id: requestId,
      },
    };
    void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
  }

  private describe(exception: unknown): {
    status: number;
    code: string;
    message: string;
    details?: Record<string, unknown>;
  } {
    if (exception instanceof AppError) {
      return {
        status: exception.status,
        code: exception.code,
        message: exception.message,
        details: exception.options.details,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const payload =
        typeof response === 'object' && response !== null
          ? (response as Record<string, unknown>)
          : {};
      const code =
        typeof payload.code === 'string'
          ? payload.code
          : (STATUS_CODES[status] ?? `HTTP_${status}`);
      const message = typeof payload.message === 'string' ? payload.message : exception.message;
      const details = (payload.details as Record<string, unknown> | undefined) ?? undefined;
      return { status, code, message, details };
    }
    // Fastify's own errors (bad JSON, body too large, wrong content type) carry a statusCode.
    const fastifyStatus = (exception as { statusCode?: number } | null)?.statusCode;
    if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      return {
        status: fastifyStatus,
        code: STATUS_CODES[fastifyStatus] ?? `HTTP_${fastifyStatus}`,
        message: (exception as Error).message,
      };
    }
    if (isInfrastructureDown(exception)) {
      return {
        status: HttpStatus.SERVICE_UNAVAILABLE,
        code: ErrorCodes.SERVICE_UNAVAILABLE,
        message: 'A backing service is unavailable; retry later',
      };
    }
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      code: ErrorCodes.INTERNAL,
      message: 'Internal server error',
    };
  }
}
