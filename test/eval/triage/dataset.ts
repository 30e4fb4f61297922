import { BULK_EN } from './data/bulk-en.js';
import { HTML_ONLY } from './data/html-only.js';
import { HTML_3 } from './data/html-3.js';
import { INFORMATIONAL_3 } from './data/informational-3.js';
import { INTL_3 } from './data/intl-3.js';
import { MIXED_3 } from './data/mixed-3.js';
import { NEEDS_REPLY_3 } from './data/needs-reply-3.js';
import { HAM_4 } from './data/ham-4.js';
import { ROUND_5A } from './data/round5-a.js';
import { ROUND_5B } from './data/round5-b.js';
import { ROUND_5C } from './data/round5-c.js';
import { ROUND_6A } from './data/round6-a.js';
import { ROUND_6B } from './data/round6-b.js';
import { ROUND_6C } from './data/round6-c.js';
import { ROUND_6D } from './data/round6-d.js';
import { ROUND_7A } from './data/round7-a.js';
import { ROUND_7B } from './data/round7-b.js';
import { ROUND_7C } from './data/round7-c.js';
import { ROUND_7D } from './data/round7-d.js';
import { SPAM_4 } from './data/spam-4.js';
import { SPAM_FRAUD_3 } from './data/spam-fraud-3.js';
import { SPAM_PITCH_3 } from './data/spam-pitch-3.js';
import { THREADS_3 } from './data/threads-3.js';
import { INFORMATIONAL_HARD } from './data/informational-hard.js';
import { INFORMATIONAL_INTL } from './data/informational-intl.js';
import { MIXED_2 } from './data/mixed-2.js';
import { NEEDS_REPLY_EN } from './data/needs-reply-en.js';
import { NEEDS_REPLY_HARD } from './data/needs-reply-hard.js';
import { NEEDS_REPLY_INTL } from './data/needs-reply-intl.js';
import { SPAM_LEGACY } from './data/spam-legacy.js';
import { SPAM_MARKETING } from './data/spam-marketing.js';
import { SPAM_PHISHING } from './data/spam-phishing.js';
import { SPAM_SCAM } from './data/spam-scam.js';
import { THREADS_EN } from './data/threads-en.js';
import { TRANSACTIONAL_EN } from './data/transactional-en.js';
import type { EvalEmail } from './eval-email.js';
import { splitOf, type Split } from './split.js';

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
  ...NEEDS_REPLY_3,
  ...THREADS_3,
  ...INTL_3,
  ...INFORMATIONAL_3,
  ...SPAM_FRAUD_3,
  ...SPAM_PITCH_3,
  ...HTML_3,
  ...MIXED_3,
  ...SPAM_4,
  ...HAM_4,
  ...ROUND_5A,
  ...ROUND_5B,
  ...ROUND_5C,
  ...ROUND_6A,
  ...ROUND_6B,
  ...ROUND_6C,
  ...ROUND_6D,
  ...ROUND_7A,
  ...ROUND_7B,
  ...ROUND_7C,
  ...ROUND_7D,
];

const ids = new Set(EVAL_SET.map((e) => e.id));
if (ids.size !== EVAL_SET.length) throw new Error('triage eval set: duplicate ids');

export function evalSplit(split: Split): EvalEmail[] {
  return EVAL_SET.filter((e) => splitOf(e.id) === split);
}
