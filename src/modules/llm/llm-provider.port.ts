/**
 * The LLM port. Pipeline code depends only on LlmService (llm.service.ts), which wraps the
 * configured providers in a fallback chain; providers implement LlmProvider.
 * All email text given here is untrusted input.
 */
export type EmailCategory = 'needs_reply' | 'informational' | 'spam';

export interface EmailForLlm {
  from: string;
  to?: string;
  subject: string;
  /** Cleaned plain text, already capped to the input token budget. */
  body: string;
  headers?: Record<string, string>;
  labelIds?: string[];
  /** The HTML body hid text from its reader (the text itself is not passed on). */
  hiddenText?: true;
}

export interface ReplyContext {
  email: EmailForLlm;
  /** Earlier messages of the thread, oldest first, already capped. */
  thread: EmailForLlm[];
  /** Name/address of the mailbox owner, to sign the reply. */
  mailboxOwner: string;
  maxWords: number;
}

export interface LlmUsage {
  /** Every input token of the call(s), cached ones included. */
  promptTokens: number;
  completionTokens: number;
  /** Of promptTokens, read from the provider's prompt cache (billed at its cached-input price). */
  cachedPromptTokens?: number;
  /** Of promptTokens, written to the prompt cache (Anthropic bills these above the input price). */
  cacheWriteTokens?: number;
}

/** Which kind of prompt a call carried: the `stage` label of the token and cost series. */
export type LlmOperation = 'classify' | 'reply';

export interface Classification {
  category: EmailCategory;
  confidence: number;
  reasoning: string;
  model: string;
  provider: string;
  usage: LlmUsage;
}

export interface GeneratedReply {
  text: string;
  model: string;
  provider: string;
  usage: LlmUsage;
}

export abstract class LlmProvider {
  abstract readonly name: string;
  abstract classify(email: EmailForLlm): Promise<Classification>;
  abstract generateReply(context: ReplyContext): Promise<GeneratedReply>;
}
