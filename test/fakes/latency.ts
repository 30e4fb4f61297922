/**
 * Latency models for the HTTP fakes. Real LLM latency is right-skewed: most answers come near
 * the median, a few take several times as long, and that tail is what sizes a worker's
 * concurrency (Little's law: in flight = rate × mean latency, and the mean sits above the
 * median). A log-normal with a given median and 99th percentile reproduces both; a seeded PRNG
 * makes a bench's run repeatable.
 */

/** z of the standard normal's 99th percentile. */
const Z99 = 2.3263478740408408;

export interface LogNormalSpec {
  medianMs: number;
  p99Ms: number;
  /** PRNG seed (same seed, same sequence). */
  seed?: number;
}

/** mulberry32: a small, fast 32-bit PRNG; uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The log-normal's parameters: median = e^mu, p99 = e^(mu + z99·sigma). */
export function logNormalParams(spec: Pick<LogNormalSpec, 'medianMs' | 'p99Ms'>): {
  mu: number;
  sigma: number;
  meanMs: number;
} {
  if (!(spec.medianMs > 0) || !(spec.p99Ms >= spec.medianMs))
    throw new Error('log-normal latency needs 0 < median <= p99');
  const mu = Math.log(spec.medianMs);
  const sigma = Math.log(spec.p99Ms / spec.medianMs) / Z99;
  return { mu, sigma, meanMs: Math.exp(mu + (sigma * sigma) / 2) };
}

/** A sampler of latencies (ms) from the log-normal with this median and 99th percentile. */
export function logNormalLatency(spec: LogNormalSpec): () => number {
  const { mu, sigma } = logNormalParams(spec);
  const random = seededRandom(spec.seed ?? 1);
  let spare: number | undefined;
  // Box-Muller gives normals in pairs; keep the second for the next call.
  const normal = (): number => {
    if (spare !== undefined) {
      const z = spare;
      spare = undefined;
      return z;
    }
    const u = 1 - random(); // (0, 1]: log(0) would be -Infinity
    const v = random();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  return () => Math.round(Math.exp(mu + sigma * normal()));
}
