/**
 * A mailbox's own settings: the document stored in mailbox_settings.settings, in the admin
 * API's field names. Every field is optional: what a mailbox leaves out, the environment's
 * default covers (the pipeline overlays them). The text fields are the owner's words and go to
 * the LLM as untrusted input, like email text, so each is bounded here and the whole document
 * too.
 */
export const SETTINGS_VERSION = 1;

/** The triage outcomes a Gmail label stands for. */
export const TRIAGE_LABELS = ['needs_reply', 'fyi', 'spam', 'skipped'] as const;
export type TriageLabel = (typeof TRIAGE_LABELS)[number];

export const SETTINGS_LIMITS = {
  ownerName: 100,
  aboutMe: 2_000,
  replyInstructions: 2_000,
  signature: 1_000,
  signatureLines: 12,
  replyLanguage: 40,
  triageRule: 300,
  triageRules: 20,
  /** One address or @domain (RFC 5321 allows 254 characters in a path). */
  senderEntry: 320,
  senderEntries: 200,
  /** Gmail allows 225; shorter names stay readable in its sidebar. */
  labelName: 100,
  /** The whole document as JSON: bounds what one mailbox adds to every prompt and row. */
  totalChars: 20_000,
} as const;

/**
 * A Gmail label name: no control characters, no leading or trailing space or slash, not empty.
 * Anchored at the start with one optional group: linear.
 */
export const LABEL_NAME = /^[^\s/\p{Cc}](?:[^\p{Cc}]*[^\s/\p{Cc}])?$/u;

/** Gmail's own label ids, which a user label may not be named after. */
export const RESERVED_LABEL_NAMES = new Set([
  'inbox',
  'spam',
  'trash',
  'unread',
  'starred',
  'important',
  'sent',
  'draft',
  'chat',
]);

/** `match_sender`: reply in the language of the email (the default); else a language name. */
export const MATCH_SENDER_LANGUAGE = 'match_sender';

export interface MailboxSettingsDocument {
  owner_name?: string;
  about_me?: string;
  reply_instructions?: string;
  signature?: string;
  reply_language?: string;
  confidence_threshold?: number;
  daily_draft_cap?: number;
  daily_llm_call_cap?: number;
  daily_llm_token_cap?: number;
  vip_senders?: string[];
  always_draft_senders?: string[];
  never_draft_senders?: string[];
  labels_enabled?: boolean;
  label_names?: Partial<Record<TriageLabel, string>>;
  triage_rules?: string[];
  style_examples_enabled?: boolean;
}

export type SettingsField = keyof MailboxSettingsDocument;

const TEXT_FIELDS = {
  owner_name: SETTINGS_LIMITS.ownerName,
  about_me: SETTINGS_LIMITS.aboutMe,
  reply_instructions: SETTINGS_LIMITS.replyInstructions,
  signature: SETTINGS_LIMITS.signature,
  reply_language: SETTINGS_LIMITS.replyLanguage,
} as const;
const NUMBER_FIELDS = [
  'confidence_threshold',
  'daily_draft_cap',
  'daily_llm_call_cap',
  'daily_llm_token_cap',
] as const;
const LIST_FIELDS = {
  vip_senders: [SETTINGS_LIMITS.senderEntries, SETTINGS_LIMITS.senderEntry],
  always_draft_senders: [SETTINGS_LIMITS.senderEntries, SETTINGS_LIMITS.senderEntry],
  never_draft_senders: [SETTINGS_LIMITS.senderEntries, SETTINGS_LIMITS.senderEntry],
  triage_rules: [SETTINGS_LIMITS.triageRules, SETTINGS_LIMITS.triageRule],
} as const;

/**
 * The stored document as the pipeline reads it. Written only through the validated admin API,
 * but read defensively all the same (a row edited by hand, an older version, limits lowered
 * since): unknown or mistyped fields are dropped and every text is cut to its current bound.
 */
export function parseSettings(json: string | null | undefined): MailboxSettingsDocument {
  let stored: unknown;
  try {
    stored = json ? JSON.parse(json) : null;
  } catch {
    return {};
  }
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
  const raw = stored as Record<string, unknown>;
  const out: MailboxSettingsDocument = {};
  for (const [field, max] of Object.entries(TEXT_FIELDS) as [keyof typeof TEXT_FIELDS, number][]) {
    const value = raw[field];
    if (typeof value === 'string' && value.trim()) out[field] = value.slice(0, max);
  }
  for (const field of NUMBER_FIELDS) {
    const value = raw[field];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) out[field] = value;
  }
  if (out.confidence_threshold !== undefined && out.confidence_threshold > 1)
    delete out.confidence_threshold;
  for (const [field, [count, max]] of Object.entries(LIST_FIELDS) as [
    keyof typeof LIST_FIELDS,
    readonly [number, number],
  ][]) {
    const value = raw[field];
    if (!Array.isArray(value)) continue;
    out[field] = value
      .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
      .slice(0, count)
      .map((v) => v.slice(0, max));
  }
  if (typeof raw.labels_enabled === 'boolean') out.labels_enabled = raw.labels_enabled;
  if (typeof raw.style_examples_enabled === 'boolean')
    out.style_examples_enabled = raw.style_examples_enabled;
  const names = raw.label_names;
  if (names && typeof names === 'object' && !Array.isArray(names)) {
    const picked: Partial<Record<TriageLabel, string>> = {};
    for (const key of TRIAGE_LABELS) {
      const value = (names as Record<string, unknown>)[key];
      if (typeof value === 'string' && value.trim())
        picked[key] = value.slice(0, SETTINGS_LIMITS.labelName);
    }
    if (Object.keys(picked).length) out.label_names = picked;
  }
  return out;
}

/**
 * Lower-cased sender entries (`name@domain` or `@domain`) and whether an address matches one.
 * Linear: the address is already cut (addressOf) and entries are bounded.
 */
export class SenderList {
  private readonly addresses = new Set<string>();
  private readonly domains: string[] = [];

  constructor(entries: readonly string[]) {
    for (const raw of entries) {
      const entry = raw.trim().toLowerCase();
      if (!entry) continue;
      if (entry.startsWith('@')) this.domains.push(entry.slice(1));
      else this.addresses.add(entry);
    }
  }

  get size(): number {
    return this.addresses.size + this.domains.length;
  }

  /** `address` is a bare, lower-cased address; a domain entry also covers its subdomains. */
  has(address: string | null | undefined): boolean {
    if (!address) return false;
    if (this.addresses.has(address)) return true;
    const at = address.lastIndexOf('@');
    if (at < 0) return false;
    const domain = address.slice(at + 1);
    return this.domains.some((d) => domain === d || domain.endsWith(`.${d}`));
  }
}
