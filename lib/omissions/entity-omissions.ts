/**
 * Entity flags: a person, organisation or place one article names and the
 * other never does. Entities are resolved across both sides at once, so an
 * alias ("U.S." / "United States" / "Washington") never raises a flag.
 */
import type { Omission, Side } from "../types/comparison";
import type { EntityAcross } from "../entities/resolve-entities";
import type { Passage } from "../text/types";
import { nameOf, other, SIDES, sideIndex, type OmissionContext } from "./omission-input";
import { ORGANIZATION_WORDS } from "../entities/name-words";
import { countryImplied } from "./implied-country";
import { longerNamesOf, writesShortName } from "./longer-names";
import { captionPartiesNamed } from "./case-captions";
import { namesOutlet } from "./outlet-names";
import type { TextIndex } from "./text-index";
import { absenceWords } from "./item-salience";

const TYPE_WEIGHT = { person: 0.55, organization: 0.5, place: 0.45, other: 0.35 } as const;

/** The spellings the raw-text check looks for: canonical name, surfaces without a possessive, a person's surname. */
export function spellingsOf(entity: Pick<EntityAcross, "canonical" | "surfaces" | "type">): string[] {
  const forms = new Set<string>([entity.canonical, ...entity.surfaces.map((s) => s.replace(/['’]s$/, ""))]);
  if (entity.type === "person") {
    const surname = entity.canonical.split(/\s+/).at(-1);
    if (surname && surname.length >= 3) forms.add(surname);
  }
  // "the Intelligence committee chairman": a body's generic last word is often written in lower case.
  const words = entity.canonical.split(/\s+/);
  const last = words.at(-1) ?? "";
  if (entity.type === "organization" && words.length >= 2 && ORGANIZATION_WORDS.has(last.toLowerCase())) {
    forms.add([...words.slice(0, -1), last.toLowerCase()].join(" "));
  }
  return [...forms].filter((form) => form.length >= 2);
}

/**
 * Whether the other text writes the name as the flagged side wrote it, but
 * only as part of a longer name that does not carry it (longer-names.ts:
 * "China" in "South China Sea", or a name of another type): the name is still left out, yet "never in" that
 * text would be false as written. Asked of a flagged name, which the raw-text
 * check found nowhere on its own. A surname alone is not the name as written
 * ("Bush" in "George W. Bush" is no "Jeb Bush").
 */
export function writtenInLongerName(entity: Pick<EntityAcross, "canonical" | "surfaces">, written: TextIndex): boolean {
  const forms = new Set([entity.canonical, ...entity.surfaces.map((s) => s.replace(/['’]s$/, ""))]);
  return [...forms].some((form) => form.length >= 2 && written.hasWhole(form));
}

export function entityOmissions(ctx: OmissionContext): Omission[] {
  const flags: Omission[] = [];
  // Entities named on one side only, with the side that leaves them out.
  const oneSided: Array<{ e: EntityAcross; present: Side; absent: Side; spellings: string[] }> = [];
  for (const e of ctx.entities) {
    for (const present of SIDES) {
      const absent = other(present);
      if ((e.counts[sideIndex(present)] ?? 0) === 0 || (e.counts[sideIndex(absent)] ?? 0) > 0) continue;
      oneSided.push({ e, present, absent, spellings: spellingsOf(e) });
    }
  }
  // The raw-text check: is a spelling written in the other article after all (a name the recogniser missed there)?
  const verify = ctx.options.verifyInText !== false;
  const byIndex: Record<Side, Map<number, Passage>> = { a: new Map(), b: new Map() };
  for (const side of SIDES) {
    // First passage of an index wins, as Array.find would.
    for (const p of ctx.passages[side]) if (!byIndex[side].has(p.index)) byIndex[side].set(p.index, p);
  }
  for (const { e, present, absent, spellings } of oneSided) {
    // "Americans", "lobbyists in Washington": referring to a country is not naming it (aliases.ts, `indirect`);
    // the passages that say it carry what the other side leaves out. A name's flag counts, and points
    // to, the mentions that name it: "lobbyists in Washington" in the lede does not put the United
    // States in the lede.
    const count = e.namedCounts[sideIndex(present)] ?? 0;
    if (count === 0) continue;
    // An outlet naming itself ("HuffPost", "Kyodo News") is no news the other side leaves out.
    if (namesOutlet(e, ctx.outlets[present])) continue;
    // Nor is the other outlet's name ("first reported by The New York Times"): an outlet does not cite itself.
    if (namesOutlet(e, ctx.outlets[absent])) continue;
    // Named in the other side's headline: not left out, whatever its body says.
    if (ctx.inHeadline[absent](e)) continue;
    // The other side names a state of the country: it is set there, and leaves nothing out by not naming it.
    if (countryImplied(e.canonical, ctx.entities, sideIndex(absent))) continue;
    // The other side names a thing of its type named after it ("Hollins Creek Dam" for "Hollins Creek"): carried
    // there, as the story reads it (longer-names.ts).
    if (longerNamesOf(e, ctx.entities).some((longer) => (longer.counts[sideIndex(absent)] ?? 0) > 0)) continue;
    // A case caption whose two parties the other side names: it leaves out the citation, no name (case-captions.ts).
    if (captionPartiesNamed(e, ctx.entities, sideIndex(absent))) continue;
    const written = ctx.readings[absent].textIndex();
    if (verify && spellings.some((form) => written.hasAlone(form) || (form.includes(" ") && written.hasIgnoringCase(form)) || written.inDateline(form))) continue;
    // "Acme said" for "Acme Pharmacy": the company by the name it goes by (longer-names.ts).
    if (verify && writesShortName(written, e, ctx.entities)) continue;
    // "the Romney-Ryan budget", "the Obama-Romney debate": two names joined, each of which the other side names.
    if (verify && joinsNamesOf(e.canonical, (part) => written.hasWord(part) || written.hasAlone(part) || namedOn(ctx.entities, part, sideIndex(absent)))) continue;
    const where = e.namedPassages[sideIndex(present)] ?? [];
    // Named only in boilerplate ("…appears in print on page A16 of the New York edition with the headline: …"):
    // the paper's furniture, not the story.
    const reading = ctx.readings[present];
    if (where.every((i) => reading.traits(byIndex[present].get(i)?.text ?? "").boilerplate)) continue;
    const passages = ctx.passages[present];
    flags.push({
      kind: "entity",
      missingFrom: absent,
      term: e.canonical,
      text: byIndex[present].get(where[0] ?? Number.NaN)?.text,
      countA: present === "a" ? count : 0,
      countB: present === "b" ? count : 0,
      severity: entitySeverity(e.type, count, where, passages, byIndex[present]),
      passagesA: present === "a" ? where : [],
      passagesB: present === "b" ? where : [],
      note: `“${e.canonical}” appears ${count}× in ${nameOf(ctx, present)}, ${absenceWords(nameOf(ctx, absent), writtenInLongerName(e, written))}`,
      key: `entity:${absent}:${e.key}`,
    });
  }
  return flags;
}

/** Whether a name is names joined by hyphens ("Romney-Ryan", "United States-Israeli"), every one of which `named` holds. */
function joinsNamesOf(name: string, named: (part: string) => boolean): boolean {
  const parts = name.split(/(?<=\p{L})-(?=\p{Lu})/u);
  return parts.length >= 2 && parts.every((part) => /^\p{Lu}\p{L}{2}/u.test(part)) && parts.every(named);
}

/** Whether an entity the side mentions is written `part`: its canonical name, a surface, or a person's surname. */
function namedOn(entities: readonly EntityAcross[], part: string, side: number): boolean {
  return entities.some((e) => (e.counts[side] ?? 0) > 0 && spellingsOf(e).includes(part));
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

