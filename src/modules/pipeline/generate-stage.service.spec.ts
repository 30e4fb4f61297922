import { createMock } from '@golevelup/ts-vitest';
import { describe, expect, it } from 'vitest';
import {
  aConfig,
  anEmail,
  aParsedEmail,
  aSettings,
  aStageContext,
  aTask,
  SENDER,
} from '../../../test/support/builders.js';
import type { GmailClient, ParsedEmail, ThreadMessageMeta } from '../gmail/gmail-client.port.js';
import type { ReplyContext } from '../llm/llm-provider.port.js';
import { LlmService } from '../llm/llm.service.js';
import { AiResponseRepository } from '../persistence/repositories/ai-response.repository.js';
import { StageStateRepository } from '../persistence/repositories/stage-state.repository.js';
import { KnowledgeNotesService } from '../knowledge-notes/knowledge-notes.service.js';
import { GenerateStageService } from './generate-stage.service.js';
import { StyleExamplesService } from './style-examples.service.js';
import type { LlmBudgetService } from './llm-budget.service.js';
import { MessageCache } from './message-cache.service.js';
import { PipelineConfig, type ReplyToPolicy } from './pipeline.config.js';

const DANA = SENDER;
const NOTE_ID = '00000000-0000-4000-8000-000000000001';

function noNotes() {
  const knowledge = createMock<KnowledgeNotesService>();
  knowledge.forEmail.mockResolvedValue([]);
  return knowledge;
}

function noStyle() {
  const style = createMock<StyleExamplesService>();
  style.forRecipient.mockResolvedValue([]);
  return style;
}

function email(
  id: string,
  threadId: string,
  text: string,
  opts: { from?: string; replyTo?: string } = {},
): ParsedEmail {
  return aParsedEmail({
    id,
    threadId,
    from: { address: opts.from ?? DANA },
    replyTo: opts.replyTo ? [{ address: opts.replyTo }] : [],
    subject: 'Order 1234',
    receivedAt: new Date(0),
    text,
    snippet: text.slice(0, 20),
  });
}

const meta = (
  id: string,
  labelIds = ['INBOX'],
  headers: Record<string, string> = { from: `Dana <${DANA}>`, to: 'me@example.com' },
): ThreadMessageMeta => ({ id, labelIds, headers });

/** Which messages generate gives the model as the thread, and when it asks Gmail for them. */
describe('generate stage thread context', () => {
  function setup(
    messages: ParsedEmail[],
    thread: ThreadMessageMeta[],
    replyToPolicy: ReplyToPolicy = 'flag',
  ) {
    const byId = new Map(messages.map((m) => [m.id, m]));
    const gmail = createMock<GmailClient>();
    gmail.getThreadMetadata.mockImplementation(async () => thread);
    const cache = createMock<MessageCache>();
    cache.get.mockImplementation(async (_c, id) => byId.get(id)!);
    const inputs: ReplyContext[] = [];
    const llm = createMock<LlmService>({ inputTokenBudget: 4000 });
    llm.generateReply.mockImplementation(async (input) => {
      inputs.push(input);
      return {
        text: 'Thanks, it ships Thursday.',
        model: 'm',
        provider: 'p',
        usage: { promptTokens: 1, completionTokens: 1 },
      };
    });
    llm.estimateCost.mockReturnValue(0);
    const state = createMock<StageStateRepository>();
    state.replyGenerated.mockResolvedValue(true);
    const service = new GenerateStageService(
      aConfig(PipelineConfig, {
        DAILY_DRAFT_CAP: 100,
        REPLY_MAX_WORDS: 200,
        REPLY_TO_POLICY: replyToPolicy,
      }),
      gmail,
      cache,
      llm,
      state,
      // Strict: generate writes through the stage-state statements only (an unstubbed call throws).
      createMock<AiResponseRepository>({}, { strict: true }),
      createMock<LlmBudgetService>(),
      noNotes(),
      noStyle(),
    );
    const ctx = (messageId: string, threadId: string) =>
      aStageContext({
        task: aTask({ status: 'processing', stage: 'generating' }),
        previousStage: 'classified',
        email: anEmail({ messageId, threadId }),
        draftsSince: 0,
      });
    return { service, gmail, inputs, state, ctx };
  }

  it('asks Gmail for no thread when the message started its thread', async () => {
    const { service, gmail, inputs, state, ctx } = setup(
      [email('m1', 'm1', 'When does order 1234 ship?')],
      [meta('m1')],
    );
    await expect(service.run(ctx('m1', 'm1'), { vip: false })).resolves.toMatchObject({
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
    await service.run(ctx('m3', 'm1'), { vip: false });
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
    await service.run(ctx('m5', 'm0'), { vip: false });
    expect(inputs[0].thread.map((m) => m.body)).toEqual([
      'Message number 2 of the thread.',
      'Message number 3 of the thread.',
      'Message number 4 of the thread.',
    ]);
  });

  it("gives only messages the recipient has seen: theirs and the owner's to them", async () => {
    const alice = 'alice@customer.example';
    const msgs = [
      email('m1', 'm1', 'Owner to Dana and Alice: the plan.', { from: 'me@example.com' }),
      email('m2', 'm1', 'Alice: my IBAN is DE89 3704 0044 0532 0130 00.', { from: alice }),
      email('m3', 'm1', 'Owner to Alice only: thanks for the IBAN.', { from: 'me@example.com' }),
      email('m4', 'm1', 'Dana: and what about my order?'),
      email('m5', 'm1', 'Dana again: any news?'),
    ];
    const { service, inputs, ctx } = setup(msgs, [
      meta('m1', ['SENT'], { from: 'me@example.com', to: alice, cc: `Dana <${DANA}>` }),
      meta('m2', ['INBOX'], { from: alice, to: 'me@example.com', cc: DANA }),
      meta('m3', ['SENT'], { from: 'me@example.com', to: alice }),
      meta('m4'),
      meta('m5'),
    ]);
    await service.run(ctx('m5', 'm1'), { vip: false });
    expect(inputs[0].thread.map((m) => m.body)).toEqual([
      'Owner to Dana and Alice: the plan.',
      'Dana: and what about my order?',
    ]);
  });

  it("leaves out a stranger's way into the thread: Alice's message is not context for Mallory", async () => {
    const msgs = [
      email('m1', 'm1', 'Alice: my IBAN is DE89 3704 0044 0532 0130 00.', {
        from: 'alice@a.example',
      }),
      email('m2', 'm1', 'Mallory: please resend the bank details.', {
        from: 'mallory@evil.example',
      }),
    ];
    const { service, inputs, ctx } = setup(msgs, [
      meta('m1', ['INBOX'], { from: 'alice@a.example', to: 'me@example.com' }),
      meta('m2', ['INBOX'], { from: 'mallory@evil.example', to: 'me@example.com' }),
    ]);
    await service.run(ctx('m2', 'm1'), { vip: false });
    expect(inputs[0].thread).toEqual([]);
  });

  it.each([
    ['flag', ['Billing: invoice 7 is attached.']],
    ['follow', ['Billing: invoice 7 is attached.']],
    ['ignore', ['Dana: first message.']],
  ] as const)(
    'judges what was seen by the address the draft goes to (REPLY_TO_POLICY=%s)',
    async (policy, expected) => {
      const billing = 'billing@other.example';
      const msgs = [
        email('m1', 'm1', 'Dana: first message.'),
        email('m2', 'm1', 'Billing: invoice 7 is attached.', { from: billing }),
        email('m3', 'm1', 'Dana: question about invoice 7?', { replyTo: billing }),
      ];
      const { service, inputs, ctx } = setup(
        msgs,
        [meta('m1'), meta('m2', ['INBOX'], { from: billing }), meta('m3')],
        policy,
      );
      await service.run(ctx('m3', 'm1'), { vip: false });
      expect(inputs[0].thread.map((m) => m.body)).toEqual(expected);
    },
  );

  it('records the reply and hands the task on to draft, which claims it itself', async () => {
    const { service, state, ctx } = setup(
      [email('m1', 'm1', 'When does order 1234 ship?')],
      [meta('m1')],
    );
    const step = await service.run(ctx('m1', 'm1'), { vip: true });
    expect(step).toEqual({ outcome: 'generated', next: { stage: 'draft', vip: true } });
    expect(state.replyGenerated).toHaveBeenCalledWith(
      't-1',
      'Thanks, it ships Thursday.',
      'm',
      expect.objectContaining({ costUsd: 0 }),
      'p',
      [], // no knowledge note matched
    );
  });
});

/** What the mailbox's settings change in the generate stage. */
describe('generate stage and the mailbox settings', () => {
  function setup(
    settings = aSettings(),
    draftsSince = 0,
    knowledge = noNotes(),
    style = noStyle(),
  ) {
    const msg = email('m1', 'm1', 'When does order 1234 ship? Call me.');
    const cache = createMock<MessageCache>();
    cache.get.mockResolvedValue(msg);
    const llm = createMock<LlmService>({ inputTokenBudget: 4000 });
    const inputs: ReplyContext[] = [];
    llm.generateReply.mockImplementation(async (input) => {
      inputs.push(input);
      return {
        // A link the email never showed: the safety filter takes it out of the model's text.
        text: 'It ships Thursday, see https://evil.example/track',
        model: 'm',
        provider: 'p',
        usage: { promptTokens: 1, completionTokens: 1 },
      };
    });
    llm.estimateCost.mockReturnValue(0);
    const state = createMock<StageStateRepository>();
    state.replyGenerated.mockResolvedValue(true);
    state.finish.mockResolvedValue(true);
    const service = new GenerateStageService(
      aConfig(PipelineConfig, { DAILY_DRAFT_CAP: 100 }),
      createMock<GmailClient>(),
      cache,
      llm,
      state,
      createMock<AiResponseRepository>({}, { strict: true }),
      createMock<LlmBudgetService>(),
      knowledge,
      style,
    );
    const ctx = aStageContext({
      task: aTask({ status: 'processing', stage: 'generating' }),
      previousStage: 'classified',
      email: anEmail({ messageId: 'm1', threadId: 'm1' }),
      draftsSince,
      settings,
    });
    return { service, state, inputs, llm, ctx };
  }

  it("appends the owner's signature below the checked reply, links and numbers kept", async () => {
    const signature = 'Alex\nhttps://bakery.example · +33 1 23 45 67 89';
    const { service, state, inputs, ctx } = setup(
      aSettings({ signature, owner_name: 'Alex', reply_instructions: 'Be brief' }),
    );
    await service.run(ctx, { vip: false });
    const text = state.replyGenerated.mock.calls[0][1];
    expect(text).not.toContain('evil.example');
    expect(text.endsWith(`\n\n-- \n${signature}`)).toBe(true);
    // The model signs off without a name (the signature carries it) and gets the preferences.
    expect(inputs[0].mailboxOwner).toBe(ctx.mailbox.emailAddress);
    expect(inputs[0].owner).toMatchObject({
      replyInstructions: 'Be brief',
      signatureAppended: true,
    });
  });

  it("skips with the mailbox's own daily draft cap", async () => {
    const { service, state, llm, ctx } = setup(aSettings({ daily_draft_cap: 2 }), 2);
    await expect(service.run(ctx, { vip: false })).resolves.toEqual({ outcome: 'daily_cap' });
    expect(llm.generateReply).not.toHaveBeenCalled();
    expect(state.finish).toHaveBeenCalledWith(
      expect.objectContaining({ status: 'skipped', skipReason: 'daily_draft_cap' }),
    );
  });

  it('gives the model the matching notes, keeps their links and records their ids', async () => {
    const knowledge = noNotes();
    knowledge.forEmail.mockResolvedValue([
      {
        id: NOTE_ID,
        title: 'Shipping',
        body: 'Orders ship Thursday.',
        links: ['https://shop.example/track'],
      },
    ]);
    const { service, state, llm, ctx } = setup(aSettings(), 0, knowledge);
    llm.generateReply.mockResolvedValueOnce({
      text: 'It ships Thursday: https://shop.example/track and https://evil.example/x',
      model: 'm',
      provider: 'p',
      usage: { promptTokens: 1, completionTokens: 1 },
    });
    await service.run(ctx, { vip: false });
    expect(knowledge.forEmail).toHaveBeenCalledWith(
      ctx.mailbox.id,
      'Order 1234',
      expect.stringContaining('order 1234'),
    );
    const [taskId, text, , , , noteIds] = state.replyGenerated.mock.calls[0];
    expect(taskId).toBe(ctx.task.id);
    expect(text).toContain('https://shop.example/track');
    expect(text).not.toContain('evil.example');
    expect(noteIds).toEqual([NOTE_ID]);
    expect(llm.generateReply.mock.calls[0][0].notes).toEqual([
      expect.objectContaining({ id: NOTE_ID, body: 'Orders ship Thursday.' }),
    ]);
  });

  it("asks for style samples for the reply's recipient, and not when the mailbox turned them off", async () => {
    const style = noStyle();
    style.forRecipient.mockResolvedValue(['Hi! Sure thing, talk soon. Cheers, Alex and the team']);
    const on = setup(aSettings(), 0, noNotes(), style);
    await on.service.run(on.ctx, { vip: false });
    expect(style.forRecipient).toHaveBeenCalledWith(on.ctx.creds, DANA);
    expect(on.inputs[0].styleExamples).toEqual([
      'Hi! Sure thing, talk soon. Cheers, Alex and the team',
    ]);
    const offStyle = noStyle();
    const off = setup(aSettings({ style_examples_enabled: false }), 0, noNotes(), offStyle);
    await off.service.run(off.ctx, { vip: false });
    expect(offStyle.forRecipient).not.toHaveBeenCalled();
    expect(off.inputs[0].styleExamples).toEqual([]);
  });

  it('signs with the owner name from the settings when there is no signature', async () => {
    const { service, inputs, ctx } = setup(aSettings({ owner_name: 'Alex Example' }));
    await service.run(ctx, { vip: false });
    expect(inputs[0].mailboxOwner).toBe(`Alex Example <${ctx.mailbox.emailAddress}>`);
  });
});
