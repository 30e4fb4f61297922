import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AppError } from '../../core/errors/app-error.js';
import { MailboxConnectionService } from './mailbox-connection.service.js';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

function page(title: string, message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><a href="/console/#/mailboxes">Back to the console</a></p></main></body></html>`;
}

/**
 * Where Google sends the owner's browser after consent (GOOGLE_OAUTH_REDIRECT_URI). No API key:
 * the one-time state is the credential (MailboxConnectionService). Answers a small page, never
 * a token, and nothing of the query goes to the log.
 */
@ApiExcludeController()
@Controller('v1/oauth/google')
export class OAuthCallbackController {
  constructor(private readonly service: MailboxConnectionService) {}

  @Get('callback')
  async callback(
    @Query() query: Record<string, unknown>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const text = (key: string) => (typeof query[key] === 'string' ? query[key] : undefined);
    reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer');
    try {
      const mailbox = await this.service.finish({
        state: text('state'),
        code: text('code'),
        error: text('error'),
      });
      await reply
        .status(200)
        .send(
          page(
            'Mailbox connected',
            `${mailbox.emailAddress} is connected. You can close this tab.`,
          ),
        );
    } catch (error) {
      if (!(error instanceof AppError) || error.options.status !== 400) throw error;
      await reply.status(400).send(page('Mailbox not connected', error.message));
    }
  }
}
