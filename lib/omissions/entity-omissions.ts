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
  constructor(readonly text: string) {
    WORD_RUN.lastIndex = 0;
    for (let m = WORD_RUN.exec(text); m !== null; m = WORD_RUN.exec(text)) {
      const list = this.starts.get(m[0]);
      if (list) list.push(m.index);
      else this.starts.set(m[0], [m.index]);
    }
  }

  /** Is `form` written here on its own (see writtenIn)? */
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
    for (const at of this.starts.get(lead) ?? []) {
      if (this.text.startsWith(form, at) && before(at) && end(at)) return true;
    }
    return false;
  }
}

/**
 * Is any spelling of the entity (or a person's surname) written in this text
 * on its own, not inside a longer name ("China" in "South China Sea" is not)?
 * Catches names the recogniser missed there, e.g. a lone sentence-initial one.
 */
export function writtenIn(entity: EntityAcross, text: string | TextIndex): boolean {
  const index = typeof text === "string" ? new TextIndex(text) : text;
  const forms = new Set<string>([entity.canonical, ...entity.surfaces.map((s) => s.replace(/['’]s$/, ""))]);
  if (entity.type === "person") {
    const surname = entity.canonical.split(/\s+/).at(-1);
    if (surname && surname.length >= 3) forms.add(surname);
  }
  for (const form of forms) {
    if (form.length < 2) continue;
    if (index.hasAlone(form)) return true;
  }
  return false;
}

export function entityOmissions(ctx: OmissionContext): Omission[] {
  const flags: Omission[] = [];
  // Built on first need: most comparisons raise an entity flag on each side, but not all.
  const built: Partial<Record<"a" | "b", TextIndex>> = {};
  const fullText = (side: "a" | "b"): TextIndex =>
    (built[side] ??= new TextIndex(ctx.passages[side].map((p) => p.text).join("\n")));
  for (const e of ctx.entities) {
    for (const present of SIDES) {
      const absent = other(present);
      const count = e.counts[sideIndex(present)] ?? 0;
      if (count === 0 || (e.counts[sideIndex(absent)] ?? 0) > 0) continue;
      if (ctx.options.verifyInText !== false && writtenIn(e, fullText(absent))) continue;
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
