/**
 * Multinomial logistic regression by full-batch gradient descent: no randomness, a fixed number
 * of steps and a fixed order of the data, so the same input gives the same weights bit for bit.
 * Rows are mostly zeros (word presence), so each step only visits a row's non-zero entries.
 */
export interface LogisticModel {
  /** weights[feature][class] */
  weights: number[][];
  bias: number[];
}

export interface FitOptions {
  classes: number;
  /** L2 penalty on the weights (not the bias), per example. */
  l2: number;
  iterations: number;
  learningRate: number;
  /** Weight of each class's examples in the loss (cost-sensitive training). */
  classWeights?: number[];
}

interface SparseRow {
  at: number[];
  value: number[];
}

function sparse(row: number[]): SparseRow {
  const at: number[] = [];
  const value: number[] = [];
  row.forEach((v, j) => {
    if (v !== 0) {
      at.push(j);
      value.push(v);
    }
  });
  return { at, value };
}

export function fit(x: number[][], y: number[], o: FitOptions): LogisticModel {
  const features = x[0]?.length ?? 0;
  const rows = x.map(sparse);
  const weights = Array.from({ length: features }, () => new Array<number>(o.classes).fill(0));
  const bias = new Array<number>(o.classes).fill(0);
  const classWeights = o.classWeights ?? new Array<number>(o.classes).fill(1);
  const total = y.reduce((s, c) => s + classWeights[c], 0);
  for (let step = 0; step < o.iterations; step++) {
    const gradW = Array.from({ length: features }, () => new Array<number>(o.classes).fill(0));
    const gradB = new Array<number>(o.classes).fill(0);
    for (let i = 0; i < rows.length; i++) {
      const { at, value } = rows[i];
      const l = bias.map((b, k) => at.reduce((s, j, n) => s + value[n] * weights[j][k], b));
      const p = softmax(l);
      const cw = classWeights[y[i]];
      for (let k = 0; k < o.classes; k++) {
        const err = cw * (p[k] - (y[i] === k ? 1 : 0));
        gradB[k] += err;
        for (let n = 0; n < at.length; n++) gradW[at[n]][k] += err * value[n];
      }
    }
    for (let k = 0; k < o.classes; k++) {
      bias[k] -= (o.learningRate * gradB[k]) / total;
      for (let j = 0; j < features; j++)
        weights[j][k] -= o.learningRate * (gradW[j][k] / total + o.l2 * weights[j][k]);
    }
  }
  return { weights, bias };
}

export function logits(model: LogisticModel, x: number[]): number[] {
  return model.bias.map((b, k) => b + x.reduce((s, v, j) => s + v * model.weights[j][k], 0));
}

export function softmax(l: number[], temperature = 1): number[] {
  const scaled = l.map((v) => v / temperature);
  const top = Math.max(...scaled);
  const exp = scaled.map((v) => Math.exp(v - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

export function probabilities(model: LogisticModel, x: number[]): number[] {
  return softmax(logits(model, x));
}

/** The temperature (grid 0.30…4.00) that minimises the log loss of the given logits. */
export function fitTemperature(l: number[][], y: number[]): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let t100 = 30; t100 <= 400; t100++) {
    const t = t100 / 100;
    const loss = l.reduce((s, li, i) => s - Math.log(Math.max(1e-12, softmax(li, t)[y[i]])), 0);
    if (loss < bestLoss - 1e-12) {
      bestLoss = loss;
      best = t;
    }
  }
  return best;
}
