import { choose } from '../../../src/modules/llm/offline-classifier.js';
import { toView } from '../../../src/modules/llm/offline-view.js';
import { prefilter } from '../../../src/modules/pipeline/prefilter.js';
import {
  byBatch,
  byPosition,
  CATEGORIES,
  crossValidatedLogits,
  type Folds,
  type TrainingData,
} from '../train-offline-model.js';
import { EVAL_SET } from './dataset.js';
import { parseAddresses } from '../../../src/modules/gmail/mime-parser.js';
import { OWNER } from './eval-email.js';
import { fitTemperature, softmax } from './logistic.js';
import { formatReport, report } from './metrics.js';
import {
  CONFIDENCE_THRESHOLD,
  toClassifierInput,
  toParsed,
  type TriageOutcome,
} from './triage-run.js';

/** Figures of cross-validation on the dev split: what the training settings are chosen by. */
export function printCrossValidation(
  data: TrainingData,
  showErrors = false,
  folds: Folds = byPosition,
): void {
  const oof = crossValidatedLogits(data, undefined, folds);
  const temperature = fitTemperature(oof, data.y);
  const byId = new Map(EVAL_SET.map((e) => [e.id, e]));
  const owner = parseAddresses(OWNER)[0]!.address;
  const outcomes: TriageOutcome[] = data.ids.map((id, i) => {
    const email = byId.get(id)!;
    const p = softmax(oof[i], temperature);
    const { index, confidence, override } = choose(toView(toClassifierInput(email)), p);
    const classifier = { category: CATEGORIES[index], confidence };
    // The pre-filter's spam check on bulk mail must use the out-of-fold probability too.
    const spam = override ? 1 : p[CATEGORIES.indexOf('spam')];
    const rule = prefilter(toParsed(email), owner, () => spam);
    return {
      label: email.label,
      prefilter: rule?.rule,
      classifier,
      category: rule ? rule.category : classifier.category,
      drafted:
        !rule &&
        classifier.category === 'needs_reply' &&
        classifier.confidence >= CONFIDENCE_THRESHOLD,
    };
  });
  console.log(
    formatReport(
      `Dev split, ${folds === byBatch ? 'cross-validation by batch' : '5-fold cross-validation'} (temperature ${temperature})`,
      report(outcomes),
    ),
  );
  if (!showErrors) return;
  // Out-of-fold errors: each message judged by a model that did not see it.
  outcomes.forEach((o, i) => {
    if (o.category === o.label && !(o.label === 'spam' && o.drafted)) return;
    const email = byId.get(data.ids[i])!;
    console.log(
      `  ${email.id.padEnd(11)} ${email.kind.padEnd(15)} label ${o.label.padEnd(13)} got ${o.category.padEnd(13)} ${o.classifier.confidence.toFixed(2)}${o.prefilter ? ` (pre-filter ${o.prefilter})` : ''}`,
    );
  });
}
