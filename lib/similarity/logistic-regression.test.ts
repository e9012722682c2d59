import { describe, expect, it } from "vitest";
import { fitLogistic, logisticProbability } from "./logistic-regression";

describe("fitLogistic", () => {
  // y = 1 mostly when the first feature is high; the second is noise on another scale.
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < 200; i++) {
    const signal = (i % 20) / 20;
    const noise = ((i * 37) % 11) * 100;
    x.push([signal, noise]);
    y.push(signal + (i % 3 === 0 ? 0.15 : 0) > 0.5 ? 1 : 0);
  }

  it("learns which way a feature pushes, on the raw feature scale", () => {
    const model = fitLogistic(x, y);
    expect(model.weights[0]).toBeGreaterThan(0);
    expect(logisticProbability(model, [0.9, 500])).toBeGreaterThan(0.8);
    expect(logisticProbability(model, [0.1, 500])).toBeLessThan(0.2);
  });

  it("shrinks weights as the penalty grows", () => {
    const loose = fitLogistic(x, y, { l2: 0.1 });
    const tight = fitLogistic(x, y, { l2: 100 });
    expect(Math.abs(tight.weights[0]!)).toBeLessThan(Math.abs(loose.weights[0]!));
  });
});
