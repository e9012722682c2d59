/**
 * B-cubed precision / recall / F1 (Bagga & Baldwin 1998): for each item, the
 * share of its predicted cluster that truly belongs with it (precision) and the
 * share of its true cluster that was put with it (recall), averaged over items.
 * Unlike pairwise scores it does not let one huge cluster dominate.
 */
export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * `predicted` and `gold` map item → label. Only items in `scored` (default: all of gold) are averaged,
 * but clusters count every item, so a scored article merged with unscored ones loses precision.
 */
export function bCubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>, scored?: readonly string[]): BCubed {
  const items = scored ?? [...gold.keys()];
  const byPredicted = new Map<string, string[]>();
  for (const [item, label] of predicted) {
    const cluster = byPredicted.get(label);
    if (cluster) cluster.push(item);
    else byPredicted.set(label, [item]);
  }
  const goldSize = new Map<string, number>();
  for (const label of gold.values()) goldSize.set(label, (goldSize.get(label) ?? 0) + 1);
  if (items.length === 0) return { precision: 1, recall: 1, f1: 1 };

  let precision = 0;
  let recall = 0;
  for (const item of items) {
    const label = predicted.get(item);
    const truth = gold.get(item);
    if (label === undefined || truth === undefined) throw new Error(`b-cubed: "${item}" lacks a predicted or gold label`);
    const cluster = byPredicted.get(label)!;
    const correct = cluster.filter((other) => gold.get(other) === truth).length;
    precision += correct / cluster.length;
    recall += correct / goldSize.get(truth)!;
  }
  precision /= items.length;
  recall /= items.length;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
