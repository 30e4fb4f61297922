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

/**
 * The mailbox owner's profile and preferences from the mailbox's settings. Written by the owner,
 * yet untrusted input to the model like email text: bounded, delimited, and framed as
 * preferences that cannot override the prompt's rules (mailbox-prompt.ts).
 */
export interface OwnerContext {
  name?: string;
  aboutMe?: string;
  replyInstructions?: string;
  /** A language to reply in; unset: the language of the email. */
  replyLanguage?: string;
  /** Plain-language triage rules ("mail from my accountant is always needs_reply"). */
  triageRules?: string[];
  /** The service appends a signature below the reply: the model signs off without a name. */
  signatureAppended?: boolean;
}

/**
 * A knowledge note the owner wrote for replies to use (prices, availability, links), found for
 * this email by full-text search. Owner-written, yet untrusted input like email text: bounded,
 * delimited and framed as facts, never instructions (owner-texts-prompt.ts).
 */
export interface ReplyNote {
  id: string;
  title: string;
  body: string;
  /** Links the reply may carry when it uses the note (reply-safety allows them). */
  links: string[];
}

export interface ReplyContext {
  email: EmailForLlm;
  /** Earlier messages of the thread, oldest first, already capped. */
  thread: EmailForLlm[];
  /** Name/address of the mailbox owner, to sign the reply. */
  mailboxOwner: string;
  maxWords: number;
  owner?: OwnerContext;
  /** Knowledge notes for this email, best first, already fitted (fitNotes). */
  notes?: ReplyNote[];
  /**
   * Text the owner wrote in recent mail to the reply's recipient (quoted history and signatures
   * removed), shown as examples of their style only, already fitted (fitStyleExamples).
   */
  styleExamples?: string[];
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
  abstract classify(email: EmailForLlm, owner?: OwnerContext): Promise<Classification>;
  abstract generateReply(context: ReplyContext): Promise<GeneratedReply>;
}
