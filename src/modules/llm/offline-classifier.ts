import type { ParsedClassification } from './classification-parser';
import { addressOf, displayName, domainOf, sentences, stripQuoted } from './email-text';
import type { EmailCategory, EmailForLlm } from './llm-provider.port';
import { AI_MANIPULATION, MEETING, REQUEST } from './offline-signals';

/**
 * Deterministic heuristic classifier: every rule that fires adds weight to one category, the
 * highest total wins and the margin over the runner-up becomes the confidence (capped at 0.95; a
 * heuristic is never certain). The reasoning lists the signals, so a reader sees why.
 */
interface View {
  subject: string;
  text: string;
  all: string;
  local: string;
  domain: string;
  name: string;
  header: (name: string) => string | undefined;
  labels: Set<string>;
}

interface Rule {
  category: EmailCategory;
  label: string | ((v: View) => string);
  /** Weight when the rule fires; a number > 0 returned by `test` scales it (e.g. per question). */
  weight: number;
  test: (v: View) => boolean | number;
}

const PRIOR: Record<EmailCategory, number> = { needs_reply: 0.5, informational: 0.75, spam: 0 };
const ORDER: EmailCategory[] = ['needs_reply', 'spam', 'informational'];

const AUTOMATED_SENDER =
  /^(?:no-?reply|do-?not-?reply|donotreply|notifications?|notify|alerts?|mailer-daemon|postmaster|bounces?|newsletters?|news|updates|digest|receipts?|billing|invoices?|orders?|shipping|auto-?confirm|system|info-?noreply)\b/i;
const OUT_OF_OFFICE =
  /out of (?:the )?office|automatic reply|auto-?reply|autoreply|abwesenheit|abwesend|automatische antwort|fuera de la oficina|respuesta autom[aá]tica|r[ée]ponse automatique|absent(?:e)? du bureau|absence du bureau/i;
const OOO_BODY = /\bI(?:'m| am) (?:currently )?(?:out of (?:the )?office|on (?:vacation|holiday|leave)|away)\b|nicht im büro|im urlaub|estoy fuera|de vacaciones|je suis absent/i;
const RECEIPT =
  /receipt|invoice|order (?:confirmation|#|no\.?|number)|your order|payment (?:received|confirmation)|has shipped|delivery|rechnung|bestellung|zahlungsbestätigung|factura|recibo|pedido|facture|re[çc]u|commande/i;
const UNSUBSCRIBE =
  /unsubscribe|view (?:this email )?in (?:your )?browser|manage (?:your )?(?:email )?preferences|abbestellen|abmelden|darse de baja|cancelar (?:la )?suscripci[oó]n|se d[ée]sabonner|d[ée]sinscri/i;
const AUTOMATED_NOTICE =
  /this is an automated|automatically generated|do not reply to this|please do not reply|you are receiving this|you received this (?:email|message) because|diese (?:e-mail|nachricht) wurde automatisch|no responda a este|ne pas r[ée]pondre/i;
const NEWSLETTER_SUBJECT = /newsletter|weekly|digest|monthly update|edition|roundup|wochen|bolet[íi]n|lettre d'information/i;
const PHISHING =
  /verify your (?:account|identity|email)|confirm your (?:account|identity|password|details|billing)|(?:password|account) (?:will )?(?:expire|be suspended|be closed|be locked)|account (?:has been |was )?(?:suspended|locked|limited|disabled|compromised)|unusual (?:sign-?in|login|activity)|update your (?:payment|billing|bank)|(?:click|tap) (?:here|below|the (?:link|button)) (?:to|and) (?:verify|confirm|restore|unlock|claim|avoid|keep)|konto (?:wurde )?gesperrt|verifizieren sie ihr konto|verifique su cuenta|cuenta (?:ha sido )?suspendida|v[ée]rifiez votre compte|compte (?:a [ée]t[ée] )?suspendu/gi;
const SCAM =
  /lottery|you (?:have|'ve) won|congratulations.{0,40}(?:won|selected|winner)|inheritance|next of kin|beneficiary|wire transfer|western union|moneygram|bitcoin|crypto(?:currency)? (?:investment|opportunity)|gift cards?|million (?:dollars|usd|euros?)|claim your (?:prize|reward|gift)|100% free|act now|limited[- ]time offer|risk[- ]free|double your (?:money|income)|miracle|viagra|cialis|casino|hot singles/gi;
const URGENCY = /\burgent|immediately|within 24 hours|final (?:notice|warning)|last chance|dringend|sofort|urgente|inmediatamente|imm[ée]diatement/gi;
const GENERIC_GREETING =
  /dear (?:customer|user|client|member|friend|sir|madam|account holder|beneficiary|valued)|sehr geehrte(?:r)? kund|estimado cliente|cher client/i;
const BRANDS = ['paypal', 'apple', 'microsoft', 'amazon', 'netflix', 'google', 'facebook', 'instagram', 'dhl', 'fedex', 'docusign', 'office365', 'outlook', 'icloud', 'coinbase', 'binance', 'wellsfargo', 'chase', 'bank'];
const SUSPICIOUS_TLD = /\.(?:ru|xyz|top|click|loan|work|zip|mov|tk|gq|ml|cf|ga|buzz|rest)$/i;
const SHORTENED_OR_IP_LINK = /https?:\/\/(?:\d{1,3}(?:\.\d{1,3}){3}|bit\.ly|tinyurl\.com|t\.co|goo\.gl|is\.gd|rb\.gy)\b/i;
const PERSONAL_GREETING = /^\s*(?:hi|hello|hey|dear|hallo|liebe|lieber|guten tag|hola|estimad[oa]|bonjour|salut|cher|chère)\s+[\p{Lu}][\p{L}-]+/mu;
const DEADLINE = /\bby (?:monday|tuesday|wednesday|thursday|friday|tomorrow|end of (?:day|week)|eod)\b|\basap\b|bis (?:morgen|montag|dienstag|mittwoch|donnerstag|freitag)|antes del? (?:lunes|martes|miércoles|jueves|viernes|mañana)|d'ici (?:lundi|mardi|mercredi|jeudi|vendredi|demain)/i;

const count = (re: RegExp, text: string) => new Set((text.match(re) ?? []).map((m) => m.toLowerCase())).size;
const automated = (v: View) => AUTOMATED_SENDER.test(v.local) || !!v.header('list-unsubscribe') || !!v.header('auto-submitted');

const RULES: Rule[] = [
  { category: 'informational', label: 'List-Unsubscribe header', weight: 2, test: (v) => !!v.header('list-unsubscribe') },
  { category: 'informational', label: 'mailing-list header', weight: 1.5, test: (v) => !!v.header('list-id') },
  { category: 'informational', label: 'Precedence: bulk/list', weight: 2, test: (v) => /bulk|list/i.test(v.header('precedence') ?? '') },
  { category: 'informational', label: 'Auto-Submitted header', weight: 4, test: (v) => !!v.header('auto-submitted') && !/^no$/i.test(v.header('auto-submitted')!) },
  { category: 'informational', label: 'auto-reply header', weight: 2, test: (v) => !!(v.header('x-autoreply') ?? v.header('x-autorespond')) },
  { category: 'informational', label: 'Gmail category label', weight: 1.5, test: (v) => ['CATEGORY_PROMOTIONS', 'CATEGORY_UPDATES', 'CATEGORY_SOCIAL', 'CATEGORY_FORUMS'].some((l) => v.labels.has(l)) },
  { category: 'informational', label: 'automated sender address', weight: 2.5, test: (v) => AUTOMATED_SENDER.test(v.local) },
  { category: 'informational', label: 'out-of-office subject', weight: 4, test: (v) => OUT_OF_OFFICE.test(v.subject) },
  { category: 'informational', label: 'out-of-office wording', weight: 2, test: (v) => OOO_BODY.test(v.text) },
  { category: 'informational', label: 'receipt/order wording', weight: 2.5, test: (v) => RECEIPT.test(v.subject) },
  { category: 'informational', label: 'unsubscribe/preferences footer', weight: 2, test: (v) => UNSUBSCRIBE.test(v.all) },
  { category: 'informational', label: 'automated-message notice', weight: 2.5, test: (v) => AUTOMATED_NOTICE.test(v.all) },
  { category: 'informational', label: 'newsletter subject', weight: 1.5, test: (v) => NEWSLETTER_SUBJECT.test(v.subject) },
  { category: 'needs_reply', label: (v) => `${Math.min(3, questionCount(v))} question(s) asked`, weight: 1.75, test: (v) => Math.min(3, questionCount(v)) },
  { category: 'needs_reply', label: 'explicit request', weight: 1.5, test: (v) => Math.min(2, count(new RegExp(REQUEST.source, 'gi'), v.text)) },
  { category: 'needs_reply', label: 'meeting/scheduling', weight: 1, test: (v) => MEETING.test(v.text) && (questionCount(v) > 0 || REQUEST.test(v.text)) },
  { category: 'needs_reply', label: 'ongoing conversation (Re:)', weight: 1, test: (v) => /^(?:re|aw|rv|sv)\s*:/i.test(v.subject) && !automated(v) },
  { category: 'needs_reply', label: 'personal greeting', weight: 0.75, test: (v) => PERSONAL_GREETING.test(v.text) && !GENERIC_GREETING.test(v.text) },
  { category: 'needs_reply', label: 'deadline mentioned', weight: 0.75, test: (v) => DEADLINE.test(v.text) },
  { category: 'spam', label: 'Gmail SPAM label', weight: 5, test: (v) => v.labels.has('SPAM') },
  { category: 'spam', label: 'phishing wording', weight: 2.5, test: (v) => Math.min(2, count(PHISHING, v.all)) },
  { category: 'spam', label: 'scam/marketing-spam wording', weight: 2, test: (v) => Math.min(3, count(SCAM, v.all)) },
  { category: 'spam', label: 'pressure/urgency', weight: 0.75, test: (v) => Math.min(2, count(URGENCY, v.all)) },
  { category: 'spam', label: 'generic "Dear customer" greeting', weight: 1.5, test: (v) => GENERIC_GREETING.test(v.text) },
  { category: 'spam', label: (v) => `display name "${brandIn(v.name)}" does not match sender domain`, weight: 3, test: (v) => impersonates(v) },
  { category: 'spam', label: 'suspicious sender domain', weight: 1, test: (v) => SUSPICIOUS_TLD.test(v.domain) },
  { category: 'spam', label: 'IP-address or shortened link', weight: 1.5, test: (v) => SHORTENED_OR_IP_LINK.test(v.all) },
  { category: 'spam', label: 'shouting subject', weight: 1, test: (v) => shouting(v.subject) },
  { category: 'spam', label: 'excessive exclamation marks', weight: 1, test: (v) => /!{2,}/.test(v.subject + v.text) || (v.subject.match(/!/g) ?? []).length >= 2 },
  { category: 'spam', label: 'hidden text', weight: 2, test: (v) => /display\s*:\s*none|font-size\s*:\s*0|visibility\s*:\s*hidden/i.test(v.all) },
  { category: 'spam', label: 'text aimed at manipulating an AI assistant', weight: 5, test: (v) => AI_MANIPULATION.test(v.all) },
];

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
    fired.push({ category: rule.category, label: typeof rule.label === 'string' ? rule.label : rule.label(view), points });
  }
  const ranked = [...ORDER].sort((a, b) => scores[b] - scores[a]);
  const [category, runnerUp] = ranked;
  const margin = scores[category] - scores[runnerUp];
  const confidence = round(Math.min(0.95, 0.5 + 0.45 * (1 - Math.exp(-margin / 2))));
  const signals = fired.filter((f) => f.category === category).sort((a, b) => b.points - a.points).map((f) => f.label);
  const reasoning = signals.length
    ? `Offline heuristic: ${signals.slice(0, 4).join(', ')}.`
    : 'Offline heuristic: no strong signals; personal mail without a question or request.';
  return { category, confidence, reasoning, scores, signals };
}

function toView(email: EmailForLlm): View {
  const headers = new Map(Object.entries(email.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const address = addressOf(email.from);
  return {
    subject: email.subject ?? '',
    text: stripQuoted(email.body ?? ''),
    all: `${email.subject}\n${email.body}`,
    local: address.split('@')[0] ?? '',
    domain: domainOf(email.from),
    name: displayName(email.from) ?? '',
    header: (name) => headers.get(name),
    labels: new Set(email.labelIds ?? []),
  };
}

function questionCount(v: View): number {
  return sentences(v.text).filter((s) => s.endsWith('?')).length;
}

function brandIn(name: string): string | undefined {
  const compact = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return BRANDS.find((b) => compact.includes(b));
}

function impersonates(v: View): boolean {
  const brand = brandIn(v.name);
  return !!brand && !v.domain.replace(/[^a-z0-9.]/g, '').includes(brand);
}

function shouting(subject: string): boolean {
  const letters = subject.replace(/[^\p{L}]/gu, '');
  return letters.length >= 8 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.6;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
