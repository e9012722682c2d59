/**
 * Entity flags: a person, organisation or place one article names and the
 * other never does. Entities are resolved across both sides at once, so an
 * alias ("U.S." / "United States" / "Washington") never raises a flag.
 */
import type { Omission, Side } from "../compare/types";
import type { EntityAcross } from "../entities/resolve-entities";
import type { Passage } from "../text/types";
import { label, other, SIDES, sideIndex, type OmissionContext } from "./omission-input";

const TYPE_WEIGHT = { person: 0.55, organization: 0.5, place: 0.45, other: 0.35 } as const;

/** Word runs of a text, as the boundary rules below see words. */
const WORD_RUN = /[\p{L}\p{N}]+/gu;
const LETTER_OR_NUMBER_START = /^[\p{L}\p{N}]+/u;
/**
 * The boundary rules of a spelling written "on its own", checked at one
 * position (sticky, empty match): not inside a word and not the tail of a
 * longer capitalised name before it ("South China" for "China")…
 */
const ALONE_BEFORE = /(?<![\p{L}\p{N}]|\p{Lu}[\p{L}.]*\s)/uy;
/** …nor followed by more letters or by another capitalised word ("China Sea"). */
const ALONE_AFTER = /(?![\p{L}\p{N}]|\s\p{Lu})/uy;

/**
 * One article's text with the start of every word indexed, so looking up a
 * spelling costs a hash lookup plus a check per occurrence of its first word
 * instead of a scan of the whole text (there are hundreds of spellings to try
 * on a long article).
 */
export class TextIndex {
  private readonly starts = new Map<string, number[]>();
  /** `only`: the first words of every spelling that will be looked up (indexing just those is cheaper). */
  constructor(
    readonly text: string,
    private readonly only?: ReadonlySet<string>,
  ) {
    WORD_RUN.lastIndex = 0;
    for (let m = WORD_RUN.exec(text); m !== null; m = WORD_RUN.exec(text)) {
      if (only && !only.has(m[0])) continue;
      const list = this.starts.get(m[0]);
      if (list) list.push(m.index);
      else this.starts.set(m[0], [m.index]);
    }
  }

  /** Is `form` written here on its own, not inside a longer name ("China" in "South China Sea" is not)? */
  hasAlone(form: string): boolean {
    const end = (at: number): boolean => {
      ALONE_AFTER.lastIndex = at + form.length;
      return ALONE_AFTER.test(this.text);
    };
    const before = (at: number): boolean => {
      ALONE_BEFORE.lastIndex = at;
      return ALONE_BEFORE.test(this.text);
    };
    const lead = LETTER_OR_NUMBER_START.exec(form)?.[0];
    if (lead === undefined) {
      // Starts with a mark or space: no word to look up, scan.
      for (let at = this.text.indexOf(form); at >= 0; at = this.text.indexOf(form, at + 1)) {
        if (before(at) && end(at)) return true;
      }
      return false;
    }
    // Not preceded by a letter or digit, so the match starts a whole word run, which is `lead`.
    if (this.only && !this.only.has(lead)) throw new Error(`TextIndex: "${lead}" was not indexed`);
    for (const at of this.starts.get(lead) ?? []) {
      if (this.text.startsWith(form, at) && before(at) && end(at)) return true;
    }
    return false;
  }
}

/** The spellings the raw-text check looks for: canonical name, surfaces without a possessive, a person's surname. */
function spellingsOf(entity: EntityAcross): string[] {
  const forms = new Set<string>([entity.canonical, ...entity.surfaces.map((s) => s.replace(/['’]s$/, ""))]);
  if (entity.type === "person") {
    const surname = entity.canonical.split(/\s+/).at(-1);
    if (surname && surname.length >= 3) forms.add(surname);
  }
  return [...forms].filter((form) => form.length >= 2);
}

export function entityOmissions(ctx: OmissionContext): Omission[] {
  const flags: Omission[] = [];
  // Entities named on one side only, with the side that leaves them out.
  const oneSided: Array<{ e: EntityAcross; present: Side; absent: Side; count: number; spellings: string[] }> = [];
  for (const e of ctx.entities) {
    for (const present of SIDES) {
      const absent = other(present);
      const count = e.counts[sideIndex(present)] ?? 0;
      if (count === 0 || (e.counts[sideIndex(absent)] ?? 0) > 0) continue;
      oneSided.push({ e, present, absent, count, spellings: spellingsOf(e) });
    }
  }
  // The raw-text check: each side's text indexed once, at the first words of the spellings to look for.
  const verify = ctx.options.verifyInText !== false;
  const lookFor: Record<Side, Set<string>> = { a: new Set(), b: new Set() };
  for (const o of oneSided) {
    for (const form of o.spellings) {
      const lead = LETTER_OR_NUMBER_START.exec(form)?.[0];
      if (lead !== undefined) lookFor[o.absent].add(lead);
    }
  }
  const fullText: Partial<Record<Side, TextIndex>> = {};
  const textOf = (side: Side): TextIndex =>
    (fullText[side] ??= new TextIndex(ctx.passages[side].map((p) => p.text).join("\n"), lookFor[side]));
  const byIndex: Record<Side, Map<number, Passage>> = { a: new Map(), b: new Map() };
  for (const side of SIDES) {
    // First passage of an index wins, as Array.find would.
    for (const p of ctx.passages[side]) if (!byIndex[side].has(p.index)) byIndex[side].set(p.index, p);
  }
  for (const { e, present, absent, count, spellings } of oneSided) {
    if (verify && spellings.some((form) => textOf(absent).hasAlone(form))) continue;
    const where = e.passages[sideIndex(present)] ?? [];
    const passages = ctx.passages[present];
    flags.push({
      kind: "entity",
      missingFrom: absent,
      term: e.canonical,
      text: byIndex[present].get(where[0] ?? Number.NaN)?.text,
      countA: e.counts[0] ?? 0,
      countB: e.counts[1] ?? 0,
      severity: entitySeverity(e.type, count, where, passages, byIndex[present]),
      passagesA: present === "a" ? where : [],
      passagesB: present === "b" ? where : [],
      note: `“${e.canonical}” appears ${count}× in ${label(present)}, never in ${label(absent)}`,
      key: `entity:${absent}:${e.key}`,
    });
  }
  return flags;
}

function entitySeverity(
  type: EntityAcross["type"],
  count: number,
  where: readonly number[],
  passages: readonly Passage[],
  byIndex: ReadonlyMap<number, Passage>,
): number {
  const total = Math.max(1, passages.length);
  const roles = where.map((i) => byIndex.get(i)?.role ?? "body");
  const inStory = roles.some((r) => r === "body" || r === "quote" || r === "list-item");
  const first = where[0] ?? total;
  const lead = first / total < 0.2 ? 0.15 : 0;
  const frequency = Math.min(0.25, 0.1 * Math.log2(1 + count));
  return Math.min(1, (TYPE_WEIGHT[type] + frequency + lead) * (inStory ? 1 : 0.5));
}
