/**
 * Generated articles: paragraph-mixed variants of the real texts, the way
 * outlets rework one report — some paragraphs dropped, two swapped, one or two
 * taken from another outlet's report of the same event (BASIL), a dateline
 * naming the outlet in front, the date moved by up to two days. Every variant
 * is made only of real sentences; which ones, and in what order, is generated.
 */
import type { PastedArticleInput } from "../../lib/services/article-schemas";
import type { RealText } from "./real-texts";

const CITIES = ["LONDON", "WASHINGTON", "NEW YORK", "PARIS", "BERLIN", "TOKYO", "NEW DELHI", "BRUSSELS", "MADRID", "ROME", "SYDNEY", "TORONTO"];
export const GENERATED_OUTLETS = 300;

export interface Variant {
  cluster: string;
  input: PastedArticleInput;
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

function shiftDate(date: string | null, days: number): string | undefined {
  if (!date) return undefined;
  const ms = Date.parse(date);
  return Number.isNaN(ms) ? undefined : new Date(ms + days * 86_400_000).toISOString().slice(0, 10);
}

export function makeVariant(base: RealText, siblings: readonly RealText[], random: () => number): Variant {
  let paragraphs = base.paragraphs.filter(() => random() > 0.2);
  if (paragraphs.length < 3) paragraphs = base.paragraphs.slice(0, Math.max(3, paragraphs.length));
  paragraphs = [...paragraphs];
  if (paragraphs.length > 3 && random() < 0.5) {
    const k = 1 + Math.floor(random() * (paragraphs.length - 2));
    [paragraphs[k], paragraphs[k + 1]] = [paragraphs[k + 1]!, paragraphs[k]!];
  }
  const others = siblings.filter((s) => s !== base);
  const borrowed = others.length ? Math.floor(random() * 3) : 0;
  for (let b = 0; b < borrowed; b++) {
    const from = pick(others, random);
    paragraphs.splice(1 + Math.floor(random() * paragraphs.length), 0, pick(from.paragraphs, random));
  }
  const outlet = `Outlet ${1 + Math.floor(random() * GENERATED_OUTLETS)}`;
  paragraphs[0] = `${pick(CITIES, random)} (${outlet}) — ${paragraphs[0]}`;
  return {
    cluster: base.cluster,
    input: {
      title: base.title,
      outlet,
      text: paragraphs.join("\n\n"),
      publishedAt: shiftDate(base.date, Math.floor(random() * 5) - 2),
    },
  };
}

/** `count` variants dealt round-robin over the bases, so every real text has about the same number. */
export function* variants(texts: readonly RealText[], count: number, random: () => number, offset = 0): Generator<Variant> {
  const byCluster = new Map<string, RealText[]>();
  for (const t of texts) {
    const cluster = byCluster.get(t.cluster);
    if (cluster) cluster.push(t);
    else byCluster.set(t.cluster, [t]);
  }
  for (let k = 0; k < count; k++) {
    const base = texts[(offset + k) % texts.length]!;
    yield makeVariant(base, byCluster.get(base.cluster)!, random);
  }
}
