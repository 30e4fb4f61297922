import { choose } from '../../../src/modules/llm/offline-classifier.js';
import { toView } from '../../../src/modules/llm/offline-view.js';
import { prefilter } from '../../../src/modules/pipeline/prefilter.js';
import { CATEGORIES, crossValidatedLogits, type TrainingData } from '../train-offline-model.js';
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

/** Figures of 5-fold cross-validation on the dev split: what the training settings are chosen by. */
export function printCrossValidation(data: TrainingData): void {
  const oof = crossValidatedLogits(data);
  const temperature = fitTemperature(oof, data.y);
  const byId = new Map(EVAL_SET.map((e) => [e.id, e]));
  const owner = parseAddresses(OWNER)[0]!.address;
  const outcomes: TriageOutcome[] = data.ids.map((id, i) => {
    const email = byId.get(id)!;
    const p = softmax(oof[i], temperature);
    const { index, confidence } = choose(toView(toClassifierInput(email)), p);
    const classifier = { category: CATEGORIES[index], confidence };
    const rule = prefilter(toParsed(email), owner);
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
      `Dev split, 5-fold cross-validation (temperature ${temperature})`,
      report(outcomes),
    ),
  );
}
