import type { Counter } from 'prom-client';
import { describe, expect, it, vi } from 'vitest';
import { AppConfig } from '../../core/config/app-config';
import { JobName } from '../../core/queue/queue.constants';
import { LlmService } from '../llm/llm.service';
import { AiResponseEntity } from '../persistence/entities/ai-response.entity';
import { EmailEntity } from '../persistence/entities/email.entity';
import { MailboxEntity } from '../persistence/entities/mailbox.entity';
import { ProcessingTaskEntity, TaskStage } from '../persistence/entities/processing-task.entity';
import { EmailRepository } from '../persistence/repositories/email.repository';
import { StageStateRepository } from '../persistence/repositories/stage-state.repository';
import { ClassifyStageService } from './classify-stage.service';
import { MessageCache } from './message-cache.service';
import { StageContext } from './stage-context.service';

/** A classify job that finds its task already classified must not pay for a second LLM call. */
describe('classify stage re-run', () => {
  function setup() {
    const llm = { classify: vi.fn() };
    const messages = { get: vi.fn() };
    const counter = { inc: vi.fn() } as unknown as Counter<string>;
    const service = new ClassifyStageService(
      { CLASSIFY_CONFIDENCE_THRESHOLD: 0.6 } as AppConfig,
      messages as unknown as MessageCache,
      llm as unknown as LlmService,
      {} as EmailRepository,
      {} as StageStateRepository,
      counter,
      counter,
    );
    const ctx = (previousStage: TaskStage, category: string | null): StageContext => ({
      task: Object.assign(new ProcessingTaskEntity(), {
        id: 't-1',
        correlationId: 'c-1',
        status: 'processing',
        stage: 'classifying',
      }),
      previousStage,
      email: Object.assign(new EmailEntity(), { id: 1, messageId: 'm-1' }),
      mailbox: Object.assign(new MailboxEntity(), {
        id: 'mb',
        emailAddress: 'me@example.com',
        status: 'active',
      }),
      creds: { mailboxId: 'mb', emailAddress: 'me@example.com', refreshToken: 'x' },
      response: category
        ? Object.assign(new AiResponseEntity(), { taskId: 't-1', category })
        : null,
    });
    return { service, llm, messages, ctx };
  }

  it.each<TaskStage>(['classified', 'generating', 'reply_generated', 'drafting'])(
    'hands a task last seen at %s on to generate without fetching or classifying again',
    async (previous) => {
      const { service, llm, messages, ctx } = setup();
      await expect(service.run(ctx(previous, 'needs_reply'))).resolves.toEqual({
        outcome: 'needs_reply',
        next: { stage: JobName.Generate, vip: false },
      });
      expect(llm.classify).not.toHaveBeenCalled();
      expect(messages.get).not.toHaveBeenCalled();
    },
  );

  it('classifies again when the task had not finished classifying (a crash mid-stage)', async () => {
    const { service, messages, ctx } = setup();
    // The fetch fails here on purpose: reaching it proves the stage did not hand on.
    messages.get.mockRejectedValue(new Error('fetch reached'));
    await expect(service.run(ctx('classifying', 'needs_reply'))).rejects.toThrow('fetch reached');
    await expect(service.run(ctx('queued', null))).rejects.toThrow('fetch reached');
  });
});
