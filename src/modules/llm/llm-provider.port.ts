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
  promptTokens: number;
  completionTokens: number;
}

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
