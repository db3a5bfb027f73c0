// Order statistics for the benchmark's samples.

/** Nearest-rank percentile (p in 0..100) of numbers; NaN for no samples. @param {number[]} values @param {number} p */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** The median (mean of the two middle values for an even count). @param {number[]} values */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Rounds for reporting, keeping results.json stable and readable. @param {number} value @param {number} digits */
export function round(value, digits = 2) {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** P(X <= k) for X ~ Binomial(n, 1/2). @param {number} n @param {number} k */
function binomialHalfCdf(n, k) {
  let term = 0.5 ** n; // P(X = 0)
  let sum = 0;
  for (let i = 0; i <= k; i += 1) {
    sum += term;
    term = (term * (n - i)) / (i + 1);
  }
  return sum;
}

/**
 * A distribution-free confidence interval of the median: the k-th smallest to the k-th
 * largest sample, with the largest k whose coverage, 1 - 2 P(Binomial(n, 1/2) < k), is at
 * least `confidence`. With too few samples for that, the widest interval (k = 1) and its
 * lower coverage: 5 samples give [min, max] at 93.75%, 2 samples at 50%.
 * @param {number[]} values @param {number} confidence
 * @returns {{ low: number, high: number, coverage: number }}
 */
export function medianInterval(values, confidence = 0.95) {
  const n = values.length;
  if (n === 0) return { low: Number.NaN, high: Number.NaN, coverage: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const coverage = (/** @type {number} */ k) => 1 - 2 * binomialHalfCdf(n, k - 1);
  let k = 1;
  while (k + 1 <= Math.ceil(n / 2) && coverage(k + 1) >= confidence) k += 1;
  return { low: sorted[k - 1], high: sorted[n - k], coverage: coverage(k) };
}
