/**
 * L2-regularised logistic regression on dense Float64Array rows, by Newton's
 * method with a Cholesky solve: the same model as lib/similarity/logistic-regression.ts
 * (standardised features, penalty not on the intercept, weights mapped back to
 * the raw scale), fast enough for a few hundred features and many refits.
 */
import type { LogisticModel } from "../../lib/similarity/logistic-regression";

function cholesky(h: Float64Array, d: number): boolean {
  for (let j = 0; j < d; j++) {
    let s = h[j * d + j]!;
    for (let k = 0; k < j; k++) s -= h[j * d + k]! ** 2;
    if (s <= 0) return false;
    const l = Math.sqrt(s);
    h[j * d + j] = l;
    for (let i = j + 1; i < d; i++) {
      let t = h[i * d + j]!;
      for (let k = 0; k < j; k++) t -= h[i * d + k]! * h[j * d + k]!;
      h[i * d + j] = t / l;
    }
  }
  return true;
}

function choleskySolve(l: Float64Array, d: number, b: Float64Array): Float64Array {
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i * d + k]! * y[k]!;
    y[i] = s / l[i * d + i]!;
  }
  const x = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < d; k++) s -= l[k * d + i]! * x[k]!;
    x[i] = s / l[i * d + i]!;
  }
  return x;
}

export interface Standardized {
  rows: Float64Array[]; // with a leading 1 for the intercept
  mean: Float64Array;
  scale: Float64Array;
}

export function standardize(x: readonly Float64Array[]): Standardized {
  const n = x.length;
  const d = x[0]!.length;
  const mean = new Float64Array(d);
  const scale = new Float64Array(d);
  for (const row of x) for (let j = 0; j < d; j++) mean[j]! += row[j]! / n;
  for (const row of x) for (let j = 0; j < d; j++) scale[j]! += (row[j]! - mean[j]!) ** 2 / n;
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]!) || 1;
  const rows = x.map((row) => {
    const z = new Float64Array(d + 1);
    z[0] = 1;
    for (let j = 0; j < d; j++) z[j + 1] = (row[j]! - mean[j]!) / scale[j]!;
    return z;
  });
  return { rows, mean, scale };
}

/** Fits on standardised rows; `start` warm-starts (a neighbouring penalty's solution). Returns beta in standardised space. */
export function fitStandardized(s: Standardized, y: readonly number[], l2: number, start?: Float64Array): Float64Array {
  const d = s.mean.length + 1;
  const beta = start ? Float64Array.from(start) : new Float64Array(d);
  const h = new Float64Array(d * d);
  const g = new Float64Array(d);
  for (let it = 0; it < 30; it++) {
    h.fill(0);
    g.fill(0);
    for (let i = 0; i < s.rows.length; i++) {
      const row = s.rows[i]!;
      let z = 0;
      for (let j = 0; j < d; j++) z += beta[j]! * row[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const w = Math.max(p * (1 - p), 1e-9);
      const r = y[i]! - p;
      for (let j = 0; j < d; j++) {
        const wj = w * row[j]!;
        g[j]! += r * row[j]!;
        const base = j * d;
        for (let k = 0; k <= j; k++) h[base + k]! += wj * row[k]!;
      }
    }
    for (let j = 1; j < d; j++) {
      g[j]! -= l2 * beta[j]!;
      h[j * d + j]! += l2;
    }
    if (!cholesky(h, d)) throw new Error("dense-logistic: Hessian not positive definite");
    const step = choleskySolve(h, d, g);
    let change = 0;
    for (let j = 0; j < d; j++) {
      beta[j]! += step[j]!;
      change = Math.max(change, Math.abs(step[j]!));
    }
    if (change < 1e-7) break;
  }
  return beta;
}

export function toModel(s: Standardized, beta: Float64Array): LogisticModel {
  const d = s.mean.length;
  const weights = new Array<number>(d);
  let intercept = beta[0]!;
  for (let j = 0; j < d; j++) {
    weights[j] = beta[j + 1]! / s.scale[j]!;
    intercept -= weights[j]! * s.mean[j]!;
  }
  return { weights, intercept };
}

export function logit(model: LogisticModel, x: Float64Array): number {
  let z = model.intercept;
  for (let j = 0; j < model.weights.length; j++) z += model.weights[j]! * x[j]!;
  return z;
}
