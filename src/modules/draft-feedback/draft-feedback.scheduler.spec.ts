import { createMock } from '@golevelup/ts-vitest';
import { SchedulerRegistry } from '@nestjs/schedule';
import { afterEach, describe, expect, it } from 'vitest';
import { ScheduleConfig } from '../../core/config/schedule.config.js';
import type { Coordination } from '../../core/coordination/coordination.port.js';
import type { MailboxCredentialsService } from '../mailbox-credentials/mailbox-credentials.service.js';
import type { MailboxScheduleRepository } from '../persistence/repositories/mailbox-schedule.repository.js';
import { DraftFeedbackConfig } from './draft-feedback.config.js';
import { DraftFeedbackScheduler, SWEEPS_PER_TICK } from './draft-feedback.scheduler.js';
import type { DraftFeedbackService } from './draft-feedback.service.js';

const schedules = Object.assign(new ScheduleConfig(), { SCHEDULERS_ENABLED: true });
const config = Object.assign(new DraftFeedbackConfig(), { DRAFT_FEEDBACK_SWEEP_MINUTES: 60 });

function scheduler(ids: string[]) {
  const registry = new SchedulerRegistry();
  const schedule = createMock<MailboxScheduleRepository>();
  schedule.claimDue.mockResolvedValue(ids.map((id) => ({ id, dueAt: new Date() })));
  const feedback = createMock<DraftFeedbackService>();
  const credentials = createMock<MailboxCredentialsService>();
  const s = new DraftFeedbackScheduler(
    schedules,
    config,
    registry,
    createMock<Coordination>(),
    schedule,
    feedback,
    credentials,
  );
  return { s, registry, schedule, feedback, credentials };
}

describe('DraftFeedbackScheduler', () => {
  let registry: SchedulerRegistry | undefined;
  afterEach(() => {
    for (const name of registry?.getIntervals() ?? []) registry!.deleteInterval(name);
  });

  it('runs one timer for the whole fleet and reads nothing at boot', () => {
    const t = scheduler([]);
    registry = t.registry;
    t.s.onApplicationBootstrap();
    expect(t.registry.getIntervals()).toEqual(['draft-feedback-sweep']);
    expect(t.schedule.claimDue).not.toHaveBeenCalled();
  });

  it('sweeps the mailboxes that came due, placing new ones first, at most a bounded number', async () => {
    const t = scheduler(['mb-1', 'mb-2', 'mb-3']);
    t.feedback.sweep.mockResolvedValue(2);
    expect(await t.s.sweepDue()).toBe(6);
    expect(t.schedule.place).toHaveBeenCalledWith('feedback', 3600);
    expect(t.schedule.place.mock.invocationCallOrder[0]).toBeLessThan(
      t.schedule.claimDue.mock.invocationCallOrder[0]!,
    );
    expect(t.schedule.claimDue).toHaveBeenCalledWith('feedback', 3600, 0, SWEEPS_PER_TICK);
    expect(t.feedback.sweep.mock.calls.map(([id]) => id).sort()).toEqual(['mb-1', 'mb-2', 'mb-3']);
  });

  it("goes on past a mailbox's failure, and parks a mailbox whose grant was revoked", async () => {
    const t = scheduler(['mb-1', 'mb-2', 'mb-3']);
    t.feedback.sweep.mockImplementation(async (id: string) => {
      if (id === 'mb-1') throw Object.assign(new Error('quota'), { code: 'GMAIL_RATE_LIMITED' });
      if (id === 'mb-2') throw Object.assign(new Error('revoked'), { code: 'GMAIL_AUTH_REVOKED' });
      return 1;
    });
    t.credentials.handleIfRevoked.mockImplementation(async (id: string) => id === 'mb-2');
    expect(await t.s.sweepDue()).toBe(1);
    expect(t.credentials.handleIfRevoked).toHaveBeenCalledTimes(2);
  });
});
