/**
 * A span of time said in two units, "a year and seven months", "two years
 * and three months", is one figure: 19 months, 27 months. Read part by part,
 * "seven months" stood against another source's "19 months" as a conflict
 * ("19 → seven") and the years as a figure of their own. The joined figure
 * is valued in its last part's unit (19, as "19 months" is) and compares by
 * its length (time-spans.ts). Hours and minutes are read whole where they
 * are written (durations.ts) and are left alone here.
 */
import type { Token } from "../text/tokens";
import type { NumberMention } from "./numbers";
import { formatAmount, spanUnitOf, spanValue } from "./time-spans";

const CANONICAL = /^(\d+(?:\.\d+)?)(mo|min)$/;
const ONE_OF: ReadonlySet<string> = new Set(["a", "an", "one"]);

/** The mentions with each "<count> <unit> and <count> <unit>" span read as one. */
export function joinSpanParts(mentions: NumberMention[], tokens: readonly Token[], text: string): NumberMention[] {
  if (mentions.length === 0 || !text.includes(" and ")) return mentions;
  const dropped = new Set<NumberMention>();
  const joined = new Map<NumberMention, NumberMention>();
  for (const m of mentions) {
    const part = CANONICAL.exec(m.equivalent ?? "");
    if (!part || m.duration || m.kind !== "count") continue;
    const at = tokens.findIndex((t) => t.start >= m.start);
    const [and, unitWord] = [tokens[at - 1], tokens[at - 2]];
    const unit = spanUnitOf(unitWord);
    if (and?.norm !== "and" || !unit || !unitWord) continue;
    // The first part: a figure read before the unit ("two years"), or "a"/"one" ("a year").
    const before = mentions.find((p) => p !== m && p.end <= unitWord.end && p.end >= unitWord.start - 1 && CANONICAL.test(p.equivalent ?? ""));
    const article = tokens[at - 3];
    const first = before ? CANONICAL.exec(before.equivalent ?? "") : article && ONE_OF.has(article.norm) ? CANONICAL.exec(spanValue(1, unit)) : null;
    if (!first || first[2] !== part[2] || Number(first[1]) <= Number(part[1])) continue;
    const total = Number(first[1]) + Number(part[1]);
    const per = Number(part[1]) / Number(m.value);
    if (!Number.isFinite(per) || per <= 0) continue;
    const start = before?.start ?? (article as Token).start;
    if (before) dropped.add(before);
    joined.set(m, {
      ...m,
      value: formatAmount(total / per),
      // As for every figure, the surface stops at the number ("a year and seven"); the unit word follows it.
      surface: text.slice(start, m.end),
      start,
      equivalent: `${formatAmount(total)}${part[2]}`,
      // Reviews stored against the part's figure still attach.
      keyValue: m.keyValue ?? m.value,
    });
  }
  if (joined.size === 0) return mentions;
  return mentions.filter((m) => !dropped.has(m)).map((m) => joined.get(m) ?? m);
}
