import { BULK_EN } from './data/bulk-en';
import { HTML_ONLY } from './data/html-only';
import { INFORMATIONAL_HARD } from './data/informational-hard';
import { INFORMATIONAL_INTL } from './data/informational-intl';
import { MIXED_2 } from './data/mixed-2';
import { NEEDS_REPLY_EN } from './data/needs-reply-en';
import { NEEDS_REPLY_HARD } from './data/needs-reply-hard';
import { NEEDS_REPLY_INTL } from './data/needs-reply-intl';
import { SPAM_LEGACY } from './data/spam-legacy';
import { SPAM_MARKETING } from './data/spam-marketing';
import { SPAM_PHISHING } from './data/spam-phishing';
import { SPAM_SCAM } from './data/spam-scam';
import { THREADS_EN } from './data/threads-en';
import { TRANSACTIONAL_EN } from './data/transactional-en';
import type { EvalEmail } from './eval-email';
import { splitOf, type Split } from './split';

export const EVAL_SET: readonly EvalEmail[] = [
  ...NEEDS_REPLY_EN,
  ...NEEDS_REPLY_HARD,
  ...NEEDS_REPLY_INTL,
  ...THREADS_EN,
  ...BULK_EN,
  ...TRANSACTIONAL_EN,
  ...INFORMATIONAL_INTL,
  ...INFORMATIONAL_HARD,
  ...SPAM_PHISHING,
  ...SPAM_SCAM,
  ...SPAM_MARKETING,
  ...SPAM_LEGACY,
  ...HTML_ONLY,
  ...MIXED_2,
];

const ids = new Set(EVAL_SET.map((e) => e.id));
if (ids.size !== EVAL_SET.length) throw new Error('triage eval set: duplicate ids');

export function evalSplit(split: Split): EvalEmail[] {
  return EVAL_SET.filter((e) => splitOf(e.id) === split);
}
