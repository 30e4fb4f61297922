import { createMock } from '@golevelup/ts-vitest';
import { describe, expect, it } from 'vitest';
import { anEmail, aSettings, aStageContext } from '../../../test/support/builders.js';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import type { GmailClient } from '../gmail/gmail-client.port.js';
import type { EmailLabel, LabelRepository } from '../persistence/repositories/label.repository.js';
import { TriageLabelService } from './triage-label.service.js';

/** The label step's exactly-once rules, against a Gmail port and a label table in memory. */
describe('TriageLabelService', () => {
  function setup(opts: { recorded?: EmailLabel; known?: Record<string, string> } = {}) {
    const known = new Map(Object.entries(opts.known ?? {}));
    let row: EmailLabel | null = opts.recorded ?? null;
    const labels = createMock<LabelRepository>();
    labels.labelId.mockImplementation(async (_mb, name) => known.get(name) ?? null);
    labels.rememberLabel.mockImplementation(async (_mb, name, id) => {
      known.set(name, id);
      return id;
    });
    labels.emailLabel.mockImplementation(async () => row && { ...row });
    // As the statement does: the row as recorded, else an intent when the label id is known.
    labels.start.mockImplementation(async (_e, _mb, outcome, name) => {
      if (row) return { earlier: { ...row }, intent: null };
      const id = known.get(name);
      if (!id) return { earlier: null, intent: null };
      row = { outcome, gmailLabelId: id, state: 'applying' };
      return { earlier: null, intent: { ...row } };
    });
    labels.intend.mockImplementation(async (_e, outcome, gmailLabelId) => {
      row ??= { outcome, gmailLabelId, state: 'applying' };
      return { ...row };
    });
    labels.retarget.mockImplementation(async (_e, id) => {
      if (row) row.gmailLabelId = id;
    });
    labels.forgetLabel.mockResolvedValue(undefined);
    const gmail = createMock<GmailClient>();
    gmail.createLabel.mockImplementation(async (_c, name) => ({
      id: `Label_${name.length}`,
      name,
    }));
    gmail.addLabels.mockResolvedValue([]);
    gmail.listLabels.mockResolvedValue([]);
    const service = new TriageLabelService(gmail, labels);
    // As the classify stage does: its next statement marks the label applied when told to.
    const apply = async (...args: Parameters<TriageLabelService['apply']>) => {
      const step = await service.apply(...args);
      if (step.markApplied && row) row.state = 'applied';
      return step.outcome;
    };
    const ctx = aStageContext({ email: anEmail({ id: 7 }) });
    return { service, apply, gmail, labels, ctx, state: () => row };
  }

  it('creates the label on first use, records the intent before modify and applied after', async () => {
    const { apply, gmail, labels, ctx, state } = setup();
    await expect(apply(ctx, 'm-1', ['INBOX'], 'needs_reply')).resolves.toBe('applied');
    expect(gmail.createLabel).toHaveBeenCalledWith(ctx.creds, 'AI/Needs reply');
    expect(gmail.addLabels).toHaveBeenCalledWith(ctx.creds, 'm-1', ['Label_14']);
    expect(labels.intend.mock.invocationCallOrder[0]).toBeLessThan(
      gmail.addLabels.mock.invocationCallOrder[0],
    );
    expect(state()).toEqual({ outcome: 'needs_reply', gmailLabelId: 'Label_14', state: 'applied' });
  });

  it('reuses a remembered label id without asking Gmail; the start records the intent', async () => {
    const { apply, gmail, labels, ctx, state } = setup({ known: { 'AI/FYI': 'Label_9' } });
    await expect(apply(ctx, 'm-1', [], 'fyi')).resolves.toBe('applied');
    expect(labels.start).toHaveBeenCalledWith(7, ctx.creds.mailboxId, 'fyi', 'AI/FYI', undefined);
    expect(labels.intend).not.toHaveBeenCalled();
    expect(labels.start.mock.invocationCallOrder[0]).toBeLessThan(
      gmail.addLabels.mock.invocationCallOrder[0],
    );
    expect(state()).toEqual({ outcome: 'fyi', gmailLabelId: 'Label_9', state: 'applied' });
    expect(gmail.createLabel).not.toHaveBeenCalled();
    expect(gmail.addLabels).toHaveBeenCalledWith(ctx.creds, 'm-1', ['Label_9']);
  });

  it('finds a label that exists already (409) by name, whatever its case', async () => {
    const { apply, gmail, ctx } = setup();
    gmail.createLabel.mockRejectedValue(new AppError(ErrorCodes.GMAIL_CONFLICT, 'exists'));
    gmail.listLabels.mockResolvedValue([
      { id: 'INBOX', name: 'INBOX' },
      { id: 'Label_3', name: 'ai/spam?' },
    ]);
    await apply(ctx, 'm-1', [], 'spam');
    expect(gmail.addLabels).toHaveBeenCalledWith(ctx.creds, 'm-1', ['Label_3']);
  });

  it('never labels an email twice: not after it was applied, whatever the outcome now', async () => {
    const { apply, gmail, ctx } = setup({
      recorded: { outcome: 'fyi', gmailLabelId: 'Label_1', state: 'applied' },
    });
    // The user removed the label: the message no longer has it, and it stays off.
    await expect(apply(ctx, 'm-1', ['INBOX'], 'needs_reply')).resolves.toBe('already_labelled');
    expect(gmail.addLabels).not.toHaveBeenCalled();
    expect(gmail.createLabel).not.toHaveBeenCalled();
  });

  it('after a crash around modify: records a label already on the message, applies one that is not', async () => {
    const recorded: EmailLabel = { outcome: 'fyi', gmailLabelId: 'Label_1', state: 'applying' };
    const landed = setup({ recorded: { ...recorded } });
    await expect(landed.apply(landed.ctx, 'm-1', ['INBOX', 'Label_1'], 'fyi')).resolves.toBe(
      'recovered',
    );
    expect(landed.gmail.addLabels).not.toHaveBeenCalled();
    expect(landed.state()?.state).toBe('applied');

    const lost = setup({ recorded: { ...recorded } });
    await expect(lost.apply(lost.ctx, 'm-1', ['INBOX'], 'fyi')).resolves.toBe('applied');
    expect(lost.gmail.addLabels).toHaveBeenCalledWith(lost.ctx.creds, 'm-1', ['Label_1']);
  });

  it('makes the label again when the user deleted it, and moves the intent to the new one', async () => {
    const { apply, gmail, labels, ctx, state } = setup({ known: { 'AI/FYI': 'Label_old' } });
    gmail.addLabels.mockRejectedValueOnce(
      new AppError(ErrorCodes.GMAIL_BAD_REQUEST, 'Invalid label', { status: 400 }),
    );
    gmail.listLabels.mockResolvedValue([{ id: 'INBOX', name: 'INBOX' }]);
    labels.forgetLabel.mockImplementation(async () => {
      labels.labelId.mockResolvedValue(null);
    });
    await expect(apply(ctx, 'm-1', [], 'fyi')).resolves.toBe('applied');
    expect(labels.forgetLabel).toHaveBeenCalledWith(ctx.mailbox.id, 'Label_old');
    expect(gmail.addLabels).toHaveBeenLastCalledWith(ctx.creds, 'm-1', ['Label_6']);
    expect(state()).toMatchObject({ gmailLabelId: 'Label_6', state: 'applied' });
  });

  it('does nothing when labels are off for the mailbox or the outcome has no label', async () => {
    const { apply, gmail, labels } = setup();
    const off = aStageContext({ settings: aSettings({ labels_enabled: false }) });
    await expect(apply(off, 'm-1', [], 'fyi')).resolves.toBe('off');
    await expect(apply(aStageContext(), 'm-1', [], null)).resolves.toBe('off');
    expect(labels.start).not.toHaveBeenCalled();
    expect(labels.emailLabel).not.toHaveBeenCalled();
    expect(gmail.addLabels).not.toHaveBeenCalled();
  });

  it('uses the mailbox’s own label names', async () => {
    const { apply, gmail } = setup();
    const ctx = aStageContext({ settings: aSettings({ label_names: { skipped: 'Robot/Later' } }) });
    await apply(ctx, 'm-1', [], 'skipped');
    expect(gmail.createLabel).toHaveBeenCalledWith(ctx.creds, 'Robot/Later');
  });

  it('tells the caller to mark the label applied only when it is on the message unmarked', async () => {
    const { service, ctx } = setup({ known: { 'AI/FYI': 'Label_9' } });
    await expect(service.apply(ctx, 'm-1', [], 'fyi')).resolves.toEqual({
      outcome: 'applied',
      markApplied: true,
      verdictStored: false,
    });
    const done = setup({ recorded: { outcome: 'fyi', gmailLabelId: 'Label_9', state: 'applied' } });
    await expect(done.service.apply(done.ctx, 'm-1', [], 'fyi')).resolves.toEqual({
      outcome: 'already_labelled',
      markApplied: false,
      verdictStored: false,
    });
    await expect(service.apply(aStageContext(), 'm-1', [], null)).resolves.toEqual({
      outcome: 'off',
      markApplied: false,
      verdictStored: false,
    });
  });

  it("hands the verdict to the step's first statement, before messages.modify", async () => {
    const { service, gmail, labels, ctx } = setup({ known: { 'AI/FYI': 'Label_9' } });
    const verdict = {
      taskId: 't-1',
      emailId: 7,
      category: 'newsletter',
      confidence: 0.9,
      reasoning: null,
      modelUsed: 'm',
      tokensUsed: 2,
      promptTokens: 1,
      completionTokens: 1,
      cachedPromptTokens: 0,
      costUsd: 0,
    };
    const kept = { classification: verdict, cache: null };
    await expect(service.apply(ctx, 'm-1', [], 'fyi', kept)).resolves.toMatchObject({
      verdictStored: true,
    });
    expect(labels.start).toHaveBeenCalledWith(7, ctx.creds.mailboxId, 'fyi', 'AI/FYI', kept);
    expect(labels.start.mock.invocationCallOrder[0]).toBeLessThan(
      gmail.addLabels.mock.invocationCallOrder[0],
    );
  });
});
