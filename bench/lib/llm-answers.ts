import type { FakeLlmAnswer, FakeLlmRequest } from '../../test/fakes/llm-fake.server.js';

const NEEDS_REPLY =
  '{"category":"needs_reply","confidence":0.95,"reasoning":"asks for a delivery date"}';
const REPLY =
  'Hello,\n\nthank you for your message. Your order ships on Thursday and arrives before Friday.\n\nBest regards';

/** The benches' LLM fake: every email needs a reply, and the reply is a fixed short text. */
export const needsReplyAnswer = (r: FakeLlmRequest): FakeLlmAnswer => ({
  text: r.jsonRequested ? NEEDS_REPLY : REPLY,
});
