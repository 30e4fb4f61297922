import { describe, expect, it, vi } from 'vitest';
import { AppConfig } from '../../core/config/app-config';
import type { GmailClient, ParsedEmail, ThreadMessageMeta } from '../gmail/gmail-client.port';
import type { ReplyContext } from '../llm/llm-provider.port';
import { LlmService } from '../llm/llm.service';
import { EmailEntity } from '../persistence/entities/email.entity';
import { MailboxEntity } from '../persistence/entities/mailbox.entity';
import { ProcessingTaskEntity } from '../persistence/entities/processing-task.entity';
import { AiResponseRepository } from '../persistence/repositories/ai-response.repository';
import { StageStateRepository } from '../persistence/repositories/stage-state.repository';
import { GenerateStageService } from './generate-stage.service';
import type { LlmBudgetService } from './llm-budget.service';
import { MessageCache } from './message-cache.service';
import { StageContext } from './stage-context.service';

function email(id: string, threadId: string, text: string): ParsedEmail {
  return {
    id,
    threadId,
    labelIds: ['INBOX'],
    headers: {},
    from: { address: `${id}@customer.example` },
    replyTo: [],
    to: [{ address: 'me@example.com' }],
    cc: [],
    subject: 'Order 1234',
    receivedAt: new Date(0),
    text,
    fromHtml: false,
    attachments: [],
    snippet: text.slice(0, 20),
  };
}

const meta = (id: string, labelIds = ['INBOX']): ThreadMessageMeta => ({
  id,
  labelIds,
  headers: {},
});

/** Which messages generate gives the model as the thread, and when it asks Gmail for them. */
describe('generate stage thread context', () => {
  function setup(messages: ParsedEmail[], thread: ThreadMessageMeta[]) {
    const byId = new Map(messages.map((m) => [m.id, m]));
    const gmail = { getThreadMetadata: vi.fn(async () => thread) };
    const cache = { get: vi.fn(async (_c: unknown, id: string) => byId.get(id)!) };
    const inputs: ReplyContext[] = [];
    const llm = {
      generateReply: vi.fn(async (input: ReplyContext) => {
        inputs.push(input);
        return {
          text: 'Thanks, it ships Thursday.',
          model: 'm',
          usage: { inputTokens: 1, outputTokens: 1 },
        };
      }),
      estimateCost: () => 0,
    };
    const state = {
      replyGenerated: vi.fn(async () => undefined),
      replyGeneratedAndClaim: vi.fn(async (): Promise<unknown> => 'parked'),
      finish: vi.fn(),
    };
    const service = new GenerateStageService(
      { DAILY_DRAFT_CAP: 100, LLM_INPUT_TOKEN_BUDGET: 4000, REPLY_MAX_WORDS: 200 } as AppConfig,
      gmail as unknown as GmailClient,
      cache as unknown as MessageCache,
      llm as unknown as LlmService,
      state as unknown as StageStateRepository,
      {} as AiResponseRepository,
      { reserve: vi.fn(), record: vi.fn() } as unknown as LlmBudgetService,
    );
    const ctx = (messageId: string, threadId: string): StageContext => ({
      task: Object.assign(new ProcessingTaskEntity(), {
        id: 't-1',
        status: 'processing',
        stage: 'generating',
      }),
      previousStage: 'classified',
      email: Object.assign(new EmailEntity(), { id: 1, messageId, threadId }),
      mailbox: Object.assign(new MailboxEntity(), {
        id: 'mb',
        emailAddress: 'me@example.com',
        status: 'active',
      }),
      creds: { mailboxId: 'mb', emailAddress: 'me@example.com', refreshToken: 'x' },
      response: null,
      draftsSince: 0,
    });
    return { service, gmail, inputs, state, ctx };
  }

  it('asks Gmail for no thread when the message started its thread', async () => {
    const { service, gmail, inputs, state, ctx } = setup(
      [email('m1', 'm1', 'When does order 1234 ship?')],
      [meta('m1')],
    );
    await expect(service.run(ctx('m1', 'm1'), false)).resolves.toMatchObject({
      outcome: 'generated',
    });
    expect(gmail.getThreadMetadata).not.toHaveBeenCalled();
    expect(inputs[0].thread).toEqual([]);
    expect(inputs[0].email.body).toContain('order 1234');
    expect(state.replyGenerated).toHaveBeenCalledTimes(1);
  });

  it('gives the messages before this one, oldest first, without drafts or later mail', async () => {
    const msgs = [
      email('m1', 'm1', 'First question about the invoice.'),
      email('m2', 'm1', 'Second message with the order number.'),
      email('m3', 'm1', 'Third: when does it ship?'),
      email('m4', 'm1', 'A later message this run must not see.'),
    ];
    const { service, gmail, inputs, ctx } = setup(msgs, [
      meta('m1'),
      meta('d1', ['DRAFT']),
      meta('m2'),
      meta('m3'),
      meta('m4'),
    ]);
    await service.run(ctx('m3', 'm1'), false);
    expect(gmail.getThreadMetadata).toHaveBeenCalledTimes(1);
    expect(inputs[0].thread.map((m) => m.body)).toEqual([
      'First question about the invoice.',
      'Second message with the order number.',
    ]);
  });

  it('keeps the three latest earlier messages of a long thread', async () => {
    const msgs = Array.from({ length: 6 }, (_, i) =>
      email(`m${i}`, 'm0', `Message number ${i} of the thread.`),
    );
    const { service, inputs, ctx } = setup(
      msgs,
      msgs.map((m) => meta(m.id)),
    );
    await service.run(ctx('m5', 'm0'), false);
    expect(inputs[0].thread.map((m) => m.body)).toEqual([
      'Message number 2 of the thread.',
      'Message number 3 of the thread.',
      'Message number 4 of the thread.',
    ]);
  });

  it('records the reply and claims the draft stage in one statement when draft runs next in the job', async () => {
    const { service, state, ctx } = setup(
      [email('m1', 'm1', 'When does order 1234 ship?')],
      [meta('m1')],
    );
    const claimed = { task: { id: 't-1', stage: 'drafting' } };
    state.replyGeneratedAndClaim.mockResolvedValue(claimed);
    const step = await service.run({ ...ctx('m1', 'm1'), claimNext: true }, true);
    expect(step).toEqual({ outcome: 'generated', next: { stage: 'draft', vip: true, claimed } });
    expect(state.replyGeneratedAndClaim).toHaveBeenCalledWith(
      't-1',
      'Thanks, it ships Thursday.',
      'm',
      expect.objectContaining({ costUsd: 0 }),
    );
    expect(state.replyGenerated).not.toHaveBeenCalled();
  });
});
