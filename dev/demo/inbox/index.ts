import { BULK_EMAILS } from './bulk.js';
import { CUSTOMER_EMAILS } from './customers.js';
import type { DemoEmail } from './demo-email.js';
import { INTERNATIONAL_EMAILS } from './international.js';
import { MEETING_EMAILS } from './meetings.js';
import { SPAM_EMAILS } from './spam.js';
import { TRICKY_EMAILS } from './tricky.js';

export {
  DEMO_NOTES,
  DEMO_OWNER,
  DEMO_SETTINGS,
  type DemoEmail,
  type DemoKind,
} from './demo-email.js';

/**
 * The demo inbox in arrival order: a realistic mixed morning, kinds interleaved. A reply in a
 * thread always comes after the email it answers.
 */
export function demoInbox(): DemoEmail[] {
  const pools = [
    CUSTOMER_EMAILS,
    MEETING_EMAILS,
    BULK_EMAILS,
    INTERNATIONAL_EMAILS,
    SPAM_EMAILS,
    TRICKY_EMAILS,
  ].map((p) => p.filter((e) => !e.inThreadOf));
  const order: DemoEmail[] = [];
  for (let i = 0; pools.some((p) => i < p.length); i++)
    for (const pool of pools) if (pool[i]) order.push(pool[i]);
  // Follow-ups arrive last, once the email they answer has had time to be drafted.
  const followUps = [...CUSTOMER_EMAILS, ...MEETING_EMAILS].filter((e) => e.inThreadOf);
  const all = [...order, ...followUps];
  const keys = new Set(all.map((e) => e.key));
  if (keys.size !== all.length) throw new Error('demo inbox: duplicate keys');
  return all;
}
