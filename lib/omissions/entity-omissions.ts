/**
 * Entity flags: a person, organisation or place one article names and the
 * other never does. Entities are resolved across both sides at once, so an
 * alias ("U.S." / "United States" / "Washington") never raises a flag.
 */
import type { Omission } from "../compare/types";
import type { EntityAcross } from "../entities/resolve-entities";
import type { Passage } from "../text/types";
import { label, other, SIDES, sideIndex, type OmissionContext } from "./omission-input";

const TYPE_WEIGHT = { person: 0.55, organization: 0.5, place: 0.45, other: 0.35 } as const;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Is any spelling of the entity (or a person's surname) written in this text
 * on its own, not inside a longer name ("China" in "South China Sea" is not)?
 * Catches names the recogniser missed there, e.g. a lone sentence-initial one.
 */
export function writtenIn(entity: EntityAcross, text: string): boolean {
  const forms = new Set<string>([entity.canonical, ...entity.surfaces.map((s) => s.replace(/['’]s$/, ""))]);
  if (entity.type === "person") {
    const surname = entity.canonical.split(/\s+/).at(-1);
    if (surname && surname.length >= 3) forms.add(surname);
  }
  for (const form of forms) {
    if (form.length < 2) continue;
    const alone = new RegExp(`(?<![\\p{L}\\p{N}]|\\p{Lu}[\\p{L}.]*\\s)${escapeRegExp(form)}(?![\\p{L}\\p{N}]|\\s\\p{Lu})`, "u");
    if (alone.test(text)) return true;
  }
  return false;
}

export function entityOmissions(ctx: OmissionContext): Omission[] {
  const flags: Omission[] = [];
  const fullText = {
    a: ctx.passages.a.map((p) => p.text).join("\n"),
    b: ctx.passages.b.map((p) => p.text).join("\n"),
  };
  for (const e of ctx.entities) {
    for (const present of SIDES) {
      const absent = other(present);
      const count = e.counts[sideIndex(present)] ?? 0;
      if (count === 0 || (e.counts[sideIndex(absent)] ?? 0) > 0) continue;
      if (ctx.options.verifyInText !== false && writtenIn(e, fullText[absent])) continue;
      const where = e.passages[sideIndex(present)] ?? [];
      const passages = ctx.passages[present];
      flags.push({
        kind: "entity",
        missingFrom: absent,
        term: e.canonical,
        text: passages.find((p) => p.index === where[0])?.text,
        countA: e.counts[0] ?? 0,
        countB: e.counts[1] ?? 0,
        severity: entitySeverity(e.type, count, where, passages),
        passagesA: present === "a" ? where : [],
        passagesB: present === "b" ? where : [],
        note: `“${e.canonical}” appears ${count}× in ${label(present)}, never in ${label(absent)}`,
        key: `entity:${absent}:${e.key}`,
      });
    }
  }
  return flags;
}

function entitySeverity(type: EntityAcross["type"], count: number, where: readonly number[], passages: readonly Passage[]): number {
  const total = Math.max(1, passages.length);
  const roles = where.map((i) => passages.find((p) => p.index === i)?.role ?? "body");
  const inStory = roles.some((r) => r === "body" || r === "quote" || r === "list-item");
  const first = where[0] ?? total;
  const lead = first / total < 0.2 ? 0.15 : 0;
  const frequency = Math.min(0.25, 0.1 * Math.log2(1 + count));
  return Math.min(1, (TYPE_WEIGHT[type] + frequency + lead) * (inStory ? 1 : 0.5));
}
