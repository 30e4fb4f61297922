import type { EmailCategory } from '../../../src/modules/llm/llm-provider.port.js';
import type { TriageOutcome } from './triage-run.js';

export const CATEGORIES: EmailCategory[] = ['needs_reply', 'informational', 'spam'];

export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface CalibrationBin {
  from: number;
  to: number;
  count: number;
  meanConfidence: number;
  accuracy: number;
}

export interface TriageReport {
  count: number;
  /** Pipeline view: the pre-filter decides when it fires, the classifier otherwise. */
  pipeline: {
    perClass: Record<EmailCategory, ClassScores>;
    confusion: number[][];
    accuracy: number;
  };
  /** The offline classifier alone, on every message (what the provider answers). */
  classifier: {
    perClass: Record<EmailCategory, ClassScores>;
    confusion: number[][];
    accuracy: number;
  };
  /** Share of spam that would get a reply draft. */
  spamDrafted: number;
  /** Share of needs_reply mail taken by a pre-filter or called spam (pipeline view). */
  needsReplyLost: number;
  /** Share of needs_reply mail that would get a draft. */
  needsReplyDrafted: number;
  /** Share of legitimate mail (needs_reply + informational) called spam (pipeline view). */
  hamCalledSpam: number;
  calibration: CalibrationBin[];
  /** Expected calibration error of the classifier's confidence over all messages. */
  ece: number;
}

const BIN_EDGES = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];

export function report(outcomes: TriageOutcome[]): TriageReport {
  const of = (label: EmailCategory) => outcomes.filter((o) => o.label === label);
  const spam = of('spam');
  const needsReply = of('needs_reply');
  const ham = outcomes.filter((o) => o.label !== 'spam');
  const calibration = BIN_EDGES.slice(0, -1).map((from, i) => {
    const to = BIN_EDGES[i + 1];
    const inBin = outcomes.filter(
      (o) => o.classifier.confidence >= from && o.classifier.confidence < to,
    );
    return {
      from,
      to: Math.min(1, to),
      count: inBin.length,
      meanConfidence: mean(inBin.map((o) => o.classifier.confidence)),
      accuracy: mean(inBin.map((o) => (o.classifier.category === o.label ? 1 : 0))),
    };
  });
  const ece = calibration.reduce(
    (sum, b) =>
      sum + (b.count / Math.max(1, outcomes.length)) * Math.abs(b.accuracy - b.meanConfidence),
    0,
  );
  return {
    count: outcomes.length,
    pipeline: scores(outcomes.map((o) => [o.label, o.category])),
    classifier: scores(outcomes.map((o) => [o.label, o.classifier.category])),
    spamDrafted: share(spam, (o) => o.drafted),
    needsReplyLost: share(needsReply, (o) => !!o.prefilter || o.category === 'spam'),
    needsReplyDrafted: share(needsReply, (o) => o.drafted),
    hamCalledSpam: share(ham, (o) => o.category === 'spam'),
    calibration,
    ece,
  };
}

function scores(pairs: [EmailCategory, EmailCategory][]) {
  const confusion = CATEGORIES.map((actual) =>
    CATEGORIES.map((predicted) => pairs.filter(([a, p]) => a === actual && p === predicted).length),
  );
  const perClass = {} as Record<EmailCategory, ClassScores>;
  CATEGORIES.forEach((c, i) => {
    const tp = confusion[i][i];
    const predicted = confusion.reduce((s, row) => s + row[i], 0);
    const support = confusion[i].reduce((s, n) => s + n, 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[c] = { precision, recall, f1, support };
  });
  const correct = CATEGORIES.reduce((s, _c, i) => s + confusion[i][i], 0);
  return { perClass, confusion, accuracy: pairs.length ? correct / pairs.length : 0 };
}

function share<T>(items: T[], test: (item: T) => boolean): number {
  return items.length ? items.filter(test).length / items.length : 0;
}

function mean(values: number[]): number {
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : 0;
}

const pct = (n: number) => `${(n * 100).toFixed(1)} %`;
const f2 = (n: number) => n.toFixed(2);

/** The report as plain-text tables. */
export function formatReport(title: string, r: TriageReport): string {
  const lines: string[] = [`== ${title}: ${r.count} messages ==`, ''];
  for (const [name, view] of [
    ['Pipeline (pre-filter, then offline classifier)', r.pipeline],
    ['Offline classifier alone', r.classifier],
  ] as const) {
    lines.push(`${name}: accuracy ${pct(view.accuracy)}`);
    lines.push('  class          precision  recall    F1  support');
    for (const c of CATEGORIES) {
      const s = view.perClass[c];
      lines.push(
        `  ${c.padEnd(14)} ${f2(s.precision).padStart(9)} ${f2(s.recall).padStart(7)} ${f2(s.f1).padStart(5)} ${String(s.support).padStart(8)}`,
      );
    }
    lines.push('  confusion (rows: label, columns: predicted)');
    lines.push(`  ${''.padEnd(14)} ${CATEGORIES.map((c) => c.padStart(14)).join('')}`);
    CATEGORIES.forEach((c, i) =>
      lines.push(
        `  ${c.padEnd(14)} ${view.confusion[i].map((n) => String(n).padStart(14)).join('')}`,
      ),
    );
    lines.push('');
  }
  lines.push(`Spam that would get a draft:            ${pct(r.spamDrafted)}`);
  lines.push(`Needs-reply pre-filtered or called spam: ${pct(r.needsReplyLost)}`);
  lines.push(`Needs-reply that would get a draft:     ${pct(r.needsReplyDrafted)}`);
  lines.push(`Legitimate mail called spam:            ${pct(r.hamCalledSpam)}`);
  lines.push('');
  lines.push('Calibration of the classifier confidence (all messages)');
  lines.push('  confidence    count  mean conf.  accuracy');
  for (const b of r.calibration) {
    lines.push(
      `  ${f2(b.from)}-${f2(b.to)}  ${String(b.count).padStart(7)}  ${b.count ? f2(b.meanConfidence).padStart(10) : '         -'}  ${b.count ? pct(b.accuracy).padStart(8) : '       -'}`,
    );
  }
  lines.push(`  ECE ${r.ece.toFixed(3)}`);
  return lines.join('\n');
}
