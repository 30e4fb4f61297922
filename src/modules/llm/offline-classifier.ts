import type { ParsedClassification } from './classification-parser.js';
import { addressOf, displayName, domainOf, stripQuoted } from './email-text.js';
import type { EmailCategory, EmailForLlm } from './llm-provider.port.js';
import { RULES, type View } from './offline-rules.js';
import { clip, TEXT_LIMITS } from './untrusted-text.js';

/**
 * Deterministic heuristic classifier: every rule that fires adds weight to one category, the
 * highest total wins and the margin over the runner-up becomes the confidence (capped at 0.95; a
 * heuristic is never certain). The reasoning lists the signals, so a reader sees why.
 */
const PRIOR: Record<EmailCategory, number> = { needs_reply: 0.5, informational: 0.75, spam: 0 };
const ORDER: EmailCategory[] = ['needs_reply', 'spam', 'informational'];

export interface OfflineClassification extends ParsedClassification {
  scores: Record<EmailCategory, number>;
  signals: string[];
}

export function classifyOffline(email: EmailForLlm): OfflineClassification {
  const view = toView(email);
  const scores: Record<EmailCategory, number> = { ...PRIOR };
  const fired: { category: EmailCategory; label: string; points: number }[] = [];
  for (const rule of RULES) {
    const result = rule.test(view);
    const factor = typeof result === 'number' ? result : result ? 1 : 0;
    if (factor <= 0) continue;
    const points = rule.weight * factor;
    scores[rule.category] += points;
    fired.push({
      category: rule.category,
      label: typeof rule.label === 'string' ? rule.label : rule.label(view),
      points,
    });
  }
  const ranked = [...ORDER].sort((a, b) => scores[b] - scores[a]);
  const [category, runnerUp] = ranked;
  const margin = scores[category] - scores[runnerUp];
  const confidence = round(Math.min(0.95, 0.5 + 0.45 * (1 - Math.exp(-margin / 2))));
  const signals = fired
    .filter((f) => f.category === category)
    .sort((a, b) => b.points - a.points)
    .map((f) => f.label);
  const reasoning = signals.length
    ? `Offline heuristic: ${signals.slice(0, 4).join(', ')}.`
    : 'Offline heuristic: no strong signals; personal mail without a question or request.';
  return { category, confidence, reasoning, scores, signals };
}

/** Every field cut to its budget here, before any rule's regex reads it. */
function toView(email: EmailForLlm): View {
  const headers = new Map(
    Object.entries(email.headers ?? {}).map(([k, v]) => [
      k.toLowerCase(),
      clip(v, TEXT_LIMITS.header),
    ]),
  );
  const from = clip(email.from, TEXT_LIMITS.address);
  const subject = clip(email.subject, TEXT_LIMITS.subject);
  const body = clip(email.body, TEXT_LIMITS.body);
  const address = addressOf(from);
  return {
    subject,
    text: stripQuoted(body),
    all: `${subject}\n${body}`,
    local: address.split('@')[0] ?? '',
    domain: domainOf(from),
    name: displayName(from) ?? '',
    header: (name) => headers.get(name),
    labels: new Set(email.labelIds ?? []),
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
