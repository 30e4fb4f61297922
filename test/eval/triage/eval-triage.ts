import { classifyOffline } from '../../../src/modules/llm/offline-classifier.js';
import { evalSplit } from './dataset.js';
import { formatReport, report } from './metrics.js';
import type { Split } from './split.js';
import { triage } from './triage-run.js';

/**
 * `npm run eval:triage`: the offline triage on the evaluation set, dev and held-out reported
 * separately. `--errors` lists the misclassified DEV messages (ids and categories only); held-out
 * errors are never listed, so nobody tunes on them by accident.
 */
function main(): void {
  const showErrors = process.argv.includes('--errors');
  for (const split of ['dev', 'heldout'] as Split[]) {
    const outcomes = evalSplit(split).map((email) => ({
      email,
      outcome: triage(email, classifyOffline),
    }));
    console.log(
      formatReport(
        split === 'dev' ? 'Development split' : 'Held-out split',
        report(outcomes.map((o) => o.outcome)),
      ),
    );
    console.log('');
    if (showErrors && split === 'dev') {
      for (const { email, outcome } of outcomes) {
        if (outcome.category === email.label && !(email.label === 'spam' && outcome.drafted))
          continue;
        console.log(
          `  ${email.id.padEnd(11)} ${email.kind.padEnd(15)} label ${email.label.padEnd(13)} got ${outcome.category.padEnd(13)} ${outcome.classifier.confidence.toFixed(2)}${outcome.prefilter ? ` (pre-filter ${outcome.prefilter})` : ''}`,
        );
      }
      console.log('');
    }
  }
}

main();
