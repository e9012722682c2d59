/**
 * A small L2-regularised logistic regression, fitted by Newton's method. Used
 * offline (scripts/eval-align.ts --fit) to derive the constants in
 * fitted-weights.ts, and by the evaluation to cross-validate them; the scorer
 * itself only calls `logisticProbability`.
 */

export interface LogisticModel {
  /** One weight per feature, on the raw (unstandardised) feature scale. */
  weights: number[];
  intercept: number;
}

export function logisticProbability(model: LogisticModel, x: readonly number[]): number {
  let z = model.intercept;
  for (let i = 0; i < model.weights.length; i++) z += (model.weights[i] ?? 0) * (x[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** Solves M·v = r in place by Gaussian elimination with partial pivoting (M is small and positive definite here). */
function solve(matrix: number[][], rhs: number[]): number[] {
  const n = rhs.length;
  const m = matrix.map((row, i) => [...row, rhs[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const head = m[col]!;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const row = m[r]!;
      const factor = row[col]! / head[col]!;
      for (let c = col; c <= n; c++) row[c]! -= factor * head[c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

export interface FitOptions {
  /** L2 penalty on standardised weights (not on the intercept). */
  l2?: number;
  iterations?: number;
}

/**
 * Fits on rows `x` with 0/1 labels `y`. Features are standardised while
 * fitting (so the penalty treats them alike) and the weights are mapped back
 * to the raw scale, so callers never standardise.
 */
export function fitLogistic(x: readonly (readonly number[])[], y: readonly number[], options: FitOptions = {}): LogisticModel {
  const l2 = options.l2 ?? 1;
  const iterations = options.iterations ?? 25;
  const n = x.length;
  const d = x[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const row of x) for (let j = 0; j < d; j++) mean[j]! += row[j]! / n;
  for (const row of x) for (let j = 0; j < d; j++) scale[j]! += (row[j]! - mean[j]!) ** 2 / n;
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]!) || 1;
  // Column 0 is the intercept.
  const z = x.map((row) => [1, ...row.map((v, j) => (v - mean[j]!) / scale[j]!)]);
  const beta = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < iterations; it++) {
    const gradient = new Array<number>(d + 1).fill(0);
    const hessian = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < n; i++) {
      const row = z[i]!;
      let s = 0;
      for (let j = 0; j <= d; j++) s += beta[j]! * row[j]!;
      const p = 1 / (1 + Math.exp(-s));
      const w = Math.max(p * (1 - p), 1e-9);
      const residual = (y[i] ?? 0) - p;
      for (let j = 0; j <= d; j++) {
        gradient[j]! += residual * row[j]!;
        const hj = hessian[j]!;
        for (let k = j; k <= d; k++) hj[k]! += w * row[j]! * row[k]!;
      }
    }
    for (let j = 0; j <= d; j++) for (let k = 0; k < j; k++) hessian[j]![k] = hessian[k]![j]!;
    for (let j = 1; j <= d; j++) {
      gradient[j]! -= l2 * beta[j]!;
      hessian[j]![j]! += l2;
    }
    const step = solve(hessian, gradient);
    let change = 0;
    for (let j = 0; j <= d; j++) {
      beta[j]! += step[j]!;
      change = Math.max(change, Math.abs(step[j]!));
    }
    if (change < 1e-8) break;
  }
  const weights = new Array<number>(d);
  let intercept = beta[0]!;
  for (let j = 0; j < d; j++) {
    weights[j] = beta[j + 1]! / scale[j]!;
    intercept -= weights[j]! * mean[j]!;
  }
  return { weights, intercept };
}
