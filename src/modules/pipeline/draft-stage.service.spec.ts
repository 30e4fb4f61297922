import { createMock } from '@golevelup/ts-vitest';
import type { Counter, Histogram } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors/app-error.js';
import type { Coordination, Lease } from '../../core/coordination/coordination.port.js';
import type { DraftComposer } from '../gmail/draft-composer.js';
import type { GmailClient, ParsedEmail } from '../gmail/gmail-client.port.js';
import type { AiResponseRepository } from '../persistence/repositories/ai-response.repository.js';
import type { StageStateRepository } from '../persistence/repositories/stage-state.repository.js';
import { DRAFT_IN_PROGRESS, DraftStageService } from './draft-stage.service.js';
import type { MessageCache } from './message-cache.service.js';
import { PipelineConfig } from './pipeline.config.js';
import type { StageContext } from './stage-context.service.js';

const ORIGINAL = {
  id: 'm1',
  threadId: 'th1',
  headers: {},
  from: { address: 'robin@buyer.example' },
  replyTo: [],
  subject: 'Order 77?',
} as unknown as ParsedEmail;

/** A draft stage whose lease answers `confirmed` when asked before a write. */
function stage(confirmed: boolean, previous?: { draftId: string; draftMessageId: string }) {
  const lease = createMock<Lease>();
  lease.confirm.mockResolvedValue(confirmed);
  lease.release.mockResolvedValue(undefined);
  const locks = createMock<Coordination>();
  locks.tryLease.mockResolvedValue(lease);
  const state = createMock<StageStateRepository>();
  state.prepareDraft.mockResolvedValue({
    response: { generatedReply: 'Thursday.', draftState: null, draftId: null },
    marker: 'mk1',
    previousInThread: previous ?? null,
  } as never);
  const messages = createMock<MessageCache>();
  messages.get.mockResolvedValue(ORIGINAL);
  const composer = createMock<DraftComposer>();
  composer.compose.mockResolvedValue('raw' as never);
  const gmail = createMock<GmailClient>();
  gmail.getDraft.mockResolvedValue({ draftId: 'd0', messageId: 'dm0' } as never);
  gmail.updateDraft.mockResolvedValue({ draftId: 'd0', messageId: 'dm1' } as never);
  gmail.createDraft.mockResolvedValue({ draftId: 'd1', messageId: 'dm1' } as never);
  const service = new DraftStageService(
    new PipelineConfig(),
    gmail,
    messages,
    composer,
    locks,
    createMock<AiResponseRepository>(),
    state,
    createMock<Counter<string>>(),
    createMock<Histogram<string>>(),
  );
  const ctx = {
    task: { id: 't1', createdAt: new Date() },
    email: { id: 7, messageId: 'm1', threadId: 'th1' },
    mailbox: { id: 'mb1', emailAddress: 'owner@shop.example', displayName: null },
    creds: {},
  } as unknown as StageContext;
  return { service, ctx, gmail, lease };
}

describe('DraftStageService and its lease', () => {
  it('writes nothing to Gmail when the lease cannot be confirmed before the write', async () => {
    for (const previous of [undefined, { draftId: 'd0', draftMessageId: 'dm0' }]) {
      const s = stage(false, previous);
      const error = await s.service.run(s.ctx).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe(DRAFT_IN_PROGRESS);
      expect(s.gmail.createDraft).not.toHaveBeenCalled();
      expect(s.gmail.updateDraft).not.toHaveBeenCalled();
      expect(s.lease.release).toHaveBeenCalled();
    }
  });

  it('confirms the lease for a whole Gmail write right before it, then writes', async () => {
    const s = stage(true);
    expect(await s.service.run(s.ctx)).toEqual({ outcome: 'created' });
    expect(s.lease.confirm).toHaveBeenCalledWith(41_000);
    expect(s.lease.confirm.mock.invocationCallOrder[0]).toBeLessThan(
      s.gmail.createDraft.mock.invocationCallOrder[0],
    );
  });
});
