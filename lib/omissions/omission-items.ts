/**
 * Flags → the items an analyst reads. One omission is one item: the sentences
 * of a paragraph the other side does not carry, together with the names,
 * quotations and figures inside them; a name left out everywhere, with all
 * its mentions; a quotation worded differently. Each item carries its
 * evidence, the closest related passages of the other side and the reasons
 * for its rank. The flag list is reordered to match (items in rank order,
 * each item's flags together, each naming its item), so scripts that read
 * `omissions` see the order of the page.
 */
import type { Omission, OmissionItem, Side } from "../types/comparison";
import type { Passage } from "../text/types";
import { clipAtWord } from "../text/clip";
import { absenceWords, entityItemSalience, importanceOf, itemReasons, itemSalience, type EntityItemTraits, type ItemTraits } from "./item-salience";
import { writtenInLongerName } from "./entity-omissions";
import { headlineCarry, headlineTerms, type PassageWords } from "./headline-carry";
import { isFigure } from "./numbers";
import { paraphrasedQuote } from "./quote-omissions";
import { pairedWithin, RELATED } from "./passage-omissions";
import { nameOf, other, SIDES, sideIndex, type OmissionContext } from "./omission-input";
import { entitiesNamed, firstSpeaker, firstUnnamedSource, headlineWords, inLede, MAIN_SUBJECT_MIN_MENTIONS, mainSubjects, passageAt, positionOf, titleHas } from "./side-readings";

export interface GroupedOmissions {
  items: OmissionItem[];
  omissions: Omission[];
}

interface Unit {
  flags: Omission[];
  /** A name the other side never mentions, which gathered the left-out paragraphs that mention it into this unit. */
  gatheredBy?: Omission;
  /** Passage indexes of the present side. */
  evidence: Set<number>;
  /** Passage indexes of the absent side the flags relate to. */
  related: Set<number>;
}

const ROLE_RANK: Record<Passage["role"], number> = { body: 0, quote: 1, "list-item": 2, heading: 3, caption: 4, credit: 5, boilerplate: 6 };

/** One item as built, with what its rank was read from (for the ranking experiments). */
export interface DescribedItem {
  item: OmissionItem;
  flags: Omission[];
  /** Passage position of its first evidence on the present side. */
  first: number;
  traits?: ItemTraits;
  entityTraits?: EntityItemTraits;
}

/** Every item of both directions, unranked. */
export function describeItems(flags: readonly Omission[], ctx: OmissionContext): DescribedItem[] {
  const items: DescribedItem[] = [];
  for (const absent of SIDES) {
    const present = other(absent);
    for (const unit of unitsOf(flags.filter((f) => f.missingFrom === absent), present, ctx)) {
      items.push(describeUnit(unit, absent, ctx));
    }
  }
  return items;
}

export function groupOmissionItems(flags: readonly Omission[], ctx: OmissionContext): GroupedOmissions {
  const items = describeItems(flags, ctx);
  items.sort((x, y) => y.item.salience - x.item.salience || x.first - y.first || (x.item.id < y.item.id ? -1 : x.item.id > y.item.id ? 1 : 0));
  return {
    items: items.map((x) => x.item),
    omissions: labelledFlags(items),
  };
}

/**
 * The flags in the items' order, each naming its item. The flags are this
 * comparison's own (flagsOf builds them per call), so each is labelled in
 * place: copying every flag with a spread cost more than the ranking itself.
 */
function labelledFlags(items: readonly DescribedItem[]): Omission[] {
  const out: Omission[] = [];
  for (const x of items) {
    for (const f of x.flags) {
      f.item = x.item.id;
      out.push(f);
    }
  }
  return out;
}

function presentPassages(f: Omission, present: Side): number[] {
  return present === "a" ? f.passagesA : f.passagesB;
}

function absentPassages(f: Omission, present: Side): number[] {
  return present === "a" ? f.passagesB : f.passagesA;
}

/** Group one direction's flags: passages by paragraph; quotes, names and figures into the passage unit they sit in. */
function unitsOf(flags: readonly Omission[], present: Side, ctx: OmissionContext): Unit[] {
  const units: Unit[] = [];
  const unitOfPassage = new Map<number, Unit>();
  const newUnit = (f: Omission): Unit => {
    const u: Unit = { flags: [f], evidence: new Set(presentPassages(f, present)), related: new Set(absentPassages(f, present)) };
    units.push(u);
    return u;
  };
  const byParagraph = new Map<number, Unit>();
  for (const f of flags) {
    if (f.kind !== "passage") continue;
    const first = presentPassages(f, present)[0];
    const paragraph = first === undefined ? undefined : passageAt(ctx, present, first)?.paragraph;
    const u = paragraph === undefined ? undefined : byParagraph.get(paragraph);
    if (u) {
      u.flags.push(f);
      for (const i of presentPassages(f, present)) u.evidence.add(i);
      for (const i of absentPassages(f, present)) u.related.add(i);
    } else {
      const created = newUnit(f);
      if (paragraph !== undefined) byParagraph.set(paragraph, created);
    }
  }
  joinSameSpeaker(byParagraph, units, present, ctx);
  for (const u of units) for (const i of u.evidence) unitOfPassage.set(i, u);
  // A quotation over two paragraphs makes their left-out sentences one omission. A flag's
  // passages may also be separate occurrences of the same words ("Fox News Sunday" quoted
  // in two paragraphs about two people): only a run of consecutive passages is one quotation.
  for (const f of flags) {
    if (f.kind !== "quote" || (f.countA > 0 && f.countB > 0)) continue;
    for (const run of consecutiveRuns(presentPassages(f, present))) {
      const homes = [...new Set(run.map((i) => unitOfPassage.get(i)).filter((u): u is Unit => u !== undefined))];
      const [first, ...rest] = homes;
      if (!first) continue;
      for (const u of rest) mergeUnit(first, u, units, unitOfPassage);
    }
  }
  for (const f of flags) {
    if (f.kind === "passage") continue;
    const where = presentPassages(f, present);
    const homes = new Set(where.map((i) => unitOfPassage.get(i)));
    // A name joins the passage it sits in only when every mention is there; a changed quotation is an item of its own.
    // A quotation joins the one item holding its left-out sentences, even when another of its
    // sentences the other side says ("I cherish the F.B.I." in a quotation left out around it).
    if (f.kind === "quote") homes.delete(undefined);
    const home = homes.size === 1 ? [...homes][0] : undefined;
    const changed = f.countA > 0 && f.countB > 0;
    if (home && !changed) {
      home.flags.push(f);
      continue;
    }
    const u = newUnit(f);
    if (f.kind !== "entity") {
      for (const i of where) if (!unitOfPassage.has(i)) unitOfPassage.set(i, u);
    } else {
      gatherByName(u, f, homes, present, units, unitOfPassage, ctx);
    }
  }
  return units;
}

/** Passage indexes split where they stop following one another: [3, 4, 17] → [3, 4], [17]. */
function consecutiveRuns(passages: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const i of [...passages].sort((x, y) => x - y)) {
    const run = runs.at(-1);
    if (run && i - (run.at(-1) as number) <= 1) run.push(i);
    else runs.push([i]);
  }
  return runs;
}

/**
 * Left-out paragraphs next to each other in which the same person speaks
 * ("…," said Sen. Jim DeMint. / "This is America's war," DeMint said.) are
 * one statement, so one omission; at most GATHER_MAX_PARAGRAPHS of them. A
 * run starts only at a speaker named at a speech verb; a "he said" paragraph
 * right after goes on with it (news style names a speaker once), and never
 * starts a run of its own.
 */
function joinSameSpeaker(byParagraph: ReadonlyMap<number, Unit>, units: Unit[], present: Side, ctx: OmissionContext): void {
  let run: { paragraph: number; speaker: string; unit: Unit; size: number } | undefined;
  for (const paragraph of [...byParagraph.keys()].sort((x, y) => x - y)) {
    const u = byParagraph.get(paragraph) as Unit;
    const passages = [...u.evidence].map((i) => passageAt(ctx, present, i)).filter((p): p is Passage => p !== undefined);
    const pronoun = passages.some((p) => ctx.readings[present].attributedToPronoun(p.text));
    // "He said 60 firefighters were at the scene" after "Fire Chief Daniel Okafor said …" in its own
    // paragraph (a sentence the other side reports, so not in the unit) is Okafor going on, not the
    // speaker of the paragraph before.
    const speaker = firstSpeaker(ctx, present, passages) ?? (pronoun ? speakerBefore(ctx, present, passages) : undefined);
    const next = run !== undefined && paragraph === run.paragraph + 1 && run.size < GATHER_MAX_PARAGRAPHS;
    // '"…," he said.' right after a paragraph whose speaker is named goes on with that speaker (news style names once).
    const continues = next && speaker === undefined && pronoun;
    if (run && next && (speaker === run.speaker || continues)) {
      mergeUnit(run.unit, u, units);
      run.size++;
      run.paragraph = paragraph;
    } else {
      run = speaker ? { paragraph, speaker, unit: u, size: 1 } : undefined;
    }
  }
}

/**
 * The speaker named last in the paragraph before the first of `passages`,
 * in its sentences the unit does not hold: whom a "he said" among them goes
 * on with.
 */
function speakerBefore(ctx: OmissionContext, present: Side, passages: readonly Passage[]): string | undefined {
  const first = passages.reduce<Passage | undefined>((x, p) => (x === undefined || p.index < x.index ? p : x), undefined);
  if (!first) return undefined;
  const earlier = ctx.passages[present].filter((p) => p.paragraph === first.paragraph && p.index < first.index);
  for (let k = earlier.length - 1; k >= 0; k--) {
    const speaker = firstSpeaker(ctx, present, [earlier[k] as Passage]);
    if (speaker !== undefined) return speaker;
  }
  return undefined;
}

/**
 * A name the other side never mentions, spread over a few left-out paragraphs,
 * makes them one omission: the reaction of a senator quoted over three
 * paragraphs, the fund-raiser named in the lede and again further down. The
 * paragraphs join the unit of the name's flag (which then reads as a passage
 * item, titled by its most telling sentence, the name among its reasons). A
 * name all over the article gathers its first GATHER_MAX_PARAGRAPHS left-out
 * paragraphs, in article order, and the later ones stay items of their own:
 * the name and what it first says are one omission, not a bare name at the
 * top with its paragraphs repeated further down (R@5 0.577 → 0.606 on the
 * dev key, both halves; docs/omissions.md). Units that already gathered for
 * another name are left as they are, so one name never swallows another's.
 */
function gatherByName(u: Unit, f: Omission, homes: ReadonlySet<Unit | undefined>, present: Side, units: Unit[], unitOfPassage: Map<number, Unit>, ctx: OmissionContext): void {
  const mentions = present === "a" ? f.countA : f.countB;
  if (mentions < GATHER_MIN_MENTIONS) return;
  const firstParagraph = (h: Unit) => Math.min(...[...h.evidence].map((i) => passageAt(ctx, present, i)?.paragraph ?? Number.MAX_SAFE_INTEGER));
  const candidates = [...homes].filter((h): h is Unit => h !== undefined && h !== u && h.gatheredBy === undefined).sort((x, y) => firstParagraph(x) - firstParagraph(y));
  // Paragraphs, not units: a unit may already be a run of one speaker's paragraphs.
  const gathered: Unit[] = [];
  const paragraphs = new Set<number>();
  for (const h of candidates) {
    const its = [...h.evidence].map((i) => passageAt(ctx, present, i)?.paragraph ?? -1 - i);
    const after = new Set([...paragraphs, ...its]);
    if (after.size > GATHER_MAX_PARAGRAPHS) break;
    for (const p of its) paragraphs.add(p);
    gathered.push(h);
  }
  if (gathered.length === 0) return;
  u.gatheredBy = f;
  for (const h of gathered) mergeUnit(u, h, units, unitOfPassage);
}

/** Move `from` into `into`: its flags, evidence and related passages; `from` leaves the list. */
function mergeUnit(into: Unit, from: Unit, units: Unit[], unitOfPassage?: Map<number, Unit>): void {
  into.flags.push(...from.flags);
  for (const i of from.evidence) {
    into.evidence.add(i);
    unitOfPassage?.set(i, into);
  }
  for (const i of from.related) into.related.add(i);
  units.splice(units.indexOf(from), 1);
}

/** A name mentioned at least this often on its side gathers the left-out paragraphs it is mentioned in … */
const GATHER_MIN_MENTIONS = 2;
/** … at most this many of them, the first in the article (more would make one item of an article's theme). */
const GATHER_MAX_PARAGRAPHS = 3;

function describeUnit(unit: Unit, absent: Side, ctx: OmissionContext): DescribedItem {
  const present = other(absent);
  const evidence = [...unit.evidence].sort((x, y) => x - y);
  const related = [...unit.related].sort((x, y) => x - y);
  const passages = evidence.map((i) => passageAt(ctx, present, i)).filter((p): p is Passage => p !== undefined);
  const names = { present: nameOf(ctx, present), absent: nameOf(ctx, absent) };
  const severest = mostSevere(unit.flags);
  let lead = leadFlag(unit, severest, present, ctx);
  let read = lead.kind === "entity" ? readName(lead, passages, present, ctx, names) : lead.kind === "passage" ? readPassages(unit, lead, passages, present, ctx, names) : readAlone(lead);
  // Titled by a weightier sentence than its most severe one, the item still ranks as read through that
  // one (a restated headline weighs its title sentence): which sentence is shown first moves no item.
  if (lead !== severest) read = { ...read, salience: readPassages(unit, severest, passages, present, ctx, names).salience };
  // Paragraphs gathered by a name: titled by the name when the name weighs more
  // than what the paragraphs say ("China", 6 mentions, one of the main subjects),
  // by their most telling sentence otherwise; the item weighs the more of the two.
  if (unit.gatheredBy && lead.kind === "passage") {
    const byName = readName(unit.gatheredBy, passages, present, ctx, names);
    if (byName.salience > read.salience) {
      lead = unit.gatheredBy;
      // The title's name has its own reason ("3 mentions in A, none in B"); the other names the
      // paragraphs have that B never mentions are still said to be so. Both readings may say
      // "in the lede": each reason once.
      const title = unit.gatheredBy.term;
      const passageReasons = read.traits ? itemReasons(withoutName(read.traits, title), names) : read.reasons.filter((r) => !r.startsWith("names "));
      read = { ...byName, reasons: [...new Set([...byName.reasons, ...passageReasons])], traits: read.traits };
    }
  }
  const ordered = [lead, ...unit.flags.filter((f) => f !== lead)];
  const item: OmissionItem = {
    id: lead.key,
    missingFrom: absent,
    kind: lead.kind,
    title: lead.kind === "passage" ? passageTitle(lead, ctx, present) : titleOf(lead),
    salience: round(read.salience),
    importance: importanceOf(read.salience),
    reasons: read.reasons,
    flags: ordered.map((f) => f.key),
    evidence,
    related,
  };
  const traitsRead = { ...(read.traits ? { traits: read.traits } : {}), ...(read.entityTraits ? { entityTraits: read.entityTraits } : {}) };
  return { item, flags: ordered, first: evidence[0] ?? Number.MAX_SAFE_INTEGER, ...traitsRead };
}

/** What an item's rank is read from, and the reasons shown beside it. */
interface ItemReading {
  salience: number;
  reasons: string[];
  traits?: ItemTraits;
  entityTraits?: EntityItemTraits;
}

type SideNames = { present: string; absent: string };

/** The traits less one of the names the other side never mentions (the item's title, said apart). */
function withoutName(t: ItemTraits, name: string | undefined): ItemTraits {
  // The in-longer-name list only ever narrows what absentNames holds: the title's name out of one is out of both.
  return { ...t, absentNames: t.absentNames.filter((n) => n !== name) };
}

/** A name the other side never mentions: how central the outlet makes it. */
function readName(flag: Omission, passages: readonly Passage[], present: Side, ctx: OmissionContext, names: SideNames): ItemReading {
  const entity = entitiesNamed(ctx, flag.term ?? "").find((e) => (e.counts[sideIndex(present)] ?? 0) > 0);
  const count = present === "a" ? flag.countA : flag.countB;
  const traits: EntityItemTraits = {
    count,
    type: entity?.type ?? "other",
    inHeadline: titleHas(ctx, present, flag.term ?? ""),
    inLede: passages.some((p) => inLede(ctx, present, p)),
    // Only in captions or headings, or only in passing ("of Kentucky", "(R-Calif.)", a list of states).
    peripheral: passages.every((p) => p.role === "caption" || p.role === "heading") || (entity?.mainCounts[sideIndex(present)] ?? 1) === 0,
    mainSubject: count >= MAIN_SUBJECT_MIN_MENTIONS && mainSubjects(ctx, present).has(flag.term ?? ""),
  };
  return {
    salience: entityItemSalience(traits),
    entityTraits: traits,
    reasons: [
      ...(traits.peripheral ? ["named only in passing"] : []),
      ...(traits.mainSubject ? [`one of ${names.present}'s main subjects`] : []),
      ...(traits.inHeadline ? [`in ${names.present}'s headline`] : []),
      ...(traits.inLede ? ["in the lede"] : []),
      inLongerNameOn(ctx, flag.term ?? "", present)
        ? `${count} mention${count === 1 ? "" : "s"} in ${names.present}, ${absenceWords(names.absent, true)}`
        : `${count} mention${count === 1 ? "" : "s"} in ${names.present}, none in ${names.absent}`,
    ],
  };
}

/** Whether the side that leaves out the name `present` writes, writes it only inside a longer name (entity-omissions.ts). */
function inLongerNameOn(ctx: OmissionContext, canonical: string, present: Side): boolean {
  const entity = entitiesNamed(ctx, canonical).find((e) => (e.counts[sideIndex(present)] ?? 0) > 0);
  return entity !== undefined && writtenInLongerName(entity, ctx.readings[other(present)].textIndex());
}

/** Left-out sentences: what they say that the other side does not, and how it is told. */
function readPassages(unit: Unit, lead: Omission, passages: readonly Passage[], present: Side, ctx: OmissionContext, names: SideNames): ItemReading {
  const traits = passageTraits(unit, new Set(presentPassages(lead, present)), passages, present, ctx);
  return { salience: itemSalience(traits), reasons: itemReasons(traits, names), traits };
}

/** A quotation or figures on their own: the finder's own severity, with its note as the reason. */
function readAlone(flag: Omission): ItemReading {
  return { salience: flag.severity * 0.75, reasons: flag.note ? [flag.note] : [] };
}

/**
 * The flag an item is named after: of its passages, the one that would rank
 * highest as an item of its own (with the names, quotations and figures in
 * it), so the title the analyst reads first is the item's weightiest news,
 * not its first sentence nor the one whose words happen to be least said
 * elsewhere ("For 212,000 customers, Social Security numbers were also
 * taken" over the store count beside it in the same paragraph). Ties go to
 * the most severe passage flag (`severest`); without passages, it leads.
 */
function leadFlag(unit: Unit, severest: Omission, present: Side, ctx: OmissionContext): Omission {
  const passages = unit.flags.filter((f) => f.kind === "passage");
  if (passages.length < 2) return severest;
  let best = severest;
  let bestWeight = memberSalience(unit, best, present, ctx);
  for (const f of passages) {
    if (f === severest) continue;
    const weight = memberSalience(unit, f, present, ctx);
    // Only a clearly weightier member retitles the item: a near tie keeps the lead the severity gave.
    if (weight > bestWeight + RETITLE_MARGIN) {
      best = f;
      bestWeight = weight;
    }
  }
  return best;
}

/** An item's most severe passage flag, else its most severe flag (the first of equals). */
function mostSevere(flags: readonly Omission[]): Omission {
  const passages = flags.filter((f) => f.kind === "passage");
  const pool = passages.length > 0 ? passages : flags;
  return pool.reduce((best, f) => (f.severity > best.severity ? f : best), pool[0] as Omission);
}

/** How much more a member must weigh than the most severe passage to title its item. */
const RETITLE_MARGIN = 0.02;

/** What one passage flag of a unit would weigh as an item alone: it, and the unit's other flags that sit in its passages. */
function memberSalience(unit: Unit, member: Omission, present: Side, ctx: OmissionContext): number {
  const own = new Set(presentPassages(member, present));
  const flags = unit.flags.filter((f) => f === member || (f.kind !== "passage" && presentPassages(f, present).some((i) => own.has(i))));
  const passages = [...own].map((i) => passageAt(ctx, present, i)).filter((p): p is Passage => p !== undefined);
  const alone: Unit = { flags, evidence: own, related: new Set() };
  return itemSalience(passageTraits(alone, own, passages, present, ctx));
}

/** What the ranking and the reasons read of an item's passages; `titled` are those of the passage the item is titled by. */
function passageTraits(unit: Unit, titled: ReadonlySet<number>, passages: readonly Passage[], present: Side, ctx: OmissionContext): ItemTraits {
  const absent = other(present);
  const reading = ctx.readings[present];
  let novelWeight = 0;
  const novelWords = new Set<string>();
  // Each passage's words, for whether one of them restates the headline.
  const words: PassageWords[] = [];
  for (const p of passages) {
    const cover = ctx.cover[present][positionOf(ctx, present, p.index)];
    if (!cover) continue;
    novelWeight += (1 - cover.window) * cover.weight;
    for (const w of cover.novel) novelWords.add(w);
    words.push({ held: new Set(ctx.tokens(p.text).filter((t) => t.isContent).map((t) => t.stem)), novel: new Set(cover.novel), titled: titled.has(p.index) });
  }
  const quoteFlag = unit.flags.find((f) => f.kind === "quote" && f.speaker);
  // The speaker named is the title sentence's when it has one: three passers-by grouped under Gloria
  // Esposito's words read "attributed to Ray Sutter", the first of them in the text.
  const titledFirst = [...passages.filter((p) => titled.has(p.index)), ...passages.filter((p) => !titled.has(p.index))];
  const speaker = quoteFlag?.speaker ?? firstSpeaker(ctx, present, titledFirst);
  // Nobody named: a source described instead ("a senior official said"), for the reasons only.
  const unnamedSource = speaker === undefined ? firstUnnamedSource(reading, passages) : undefined;
  const quotedPassages = reading.quotedPassages();
  const quoted = [...unit.evidence].some((i) => quotedPassages.has(i));
  const leftOutQuotes = unit.flags.filter((f) => f.kind === "quote" && (f.countA === 0 || f.countB === 0));
  const quotationReworded = leftOutQuotes.length > 0 && leftOutQuotes.every(paraphrasedQuote);
  const absentNames = unit.flags.filter((f) => f.kind === "entity" && f.term).map((f) => f.term as string);
  const otherReading = ctx.readings[absent];
  const namesInLongerNames = absentNames.filter((name) => inLongerNameOn(ctx, name, present));
  const figures: string[] = [];
  const figuresTitled = new Set<string>();
  for (const p of passages) {
    for (const m of reading.numbers()[positionOf(ctx, present, p.index)] ?? []) {
      // Quantities only: an ordinal ("his first interview", "the third-ranking Republican") orders, it
      // does not count; it still marks a hard fact for the cover and a figure flag of its own.
      if (!isFigure(m) || m.kind === "ordinal" || otherReading.givesFigure(m)) continue;
      if (!figures.includes(m.surface)) figures.push(m.surface);
      if (titled.has(p.index)) figuresTitled.add(m.surface);
    }
  }
  const figuresGrouped = figures.filter((f) => !figuresTitled.has(f));
  const titleWords = headlineWords(ctx, present);
  const inHeadline = novelWords.size > 0 ? [...novelWords].filter((w) => titleWords.has(w)).length / novelWords.size : 0;
  const carry = headlineCarry(headlineTerms(ctx, present), words);
  const role = passages.map((p) => p.role).sort((x, y) => ROLE_RANK[x] - ROLE_RANK[y])[0] ?? "body";
  const partlyReported = passages.some((p) => {
    const cover = ctx.cover[present][positionOf(ctx, present, p.index)];
    return cover !== undefined && cover.window >= RELATED && pairedWithin(ctx, present, p.index, cover.by);
  });
  return {
    novelWeight,
    quoted,
    speaker,
    ...(unnamedSource ? { unnamedSource } : {}),
    absentNames,
    ...(namesInLongerNames.length > 0 ? { namesInLongerNames } : {}),
    figures,
    ...(figuresGrouped.length > 0 ? { figuresGrouped } : {}),
    inHeadline,
    headlineCarries: carry !== undefined,
    ...(carry === "restated" ? { restatesHeadline: true } : {}),
    inLede: passages.some((p) => inLede(ctx, present, p)),
    role,
    boilerplate: passages.length > 0 && passages.every((p) => reading.traits(p.text).boilerplate),
    statesAbsence: passages.some((p) => reading.statesAbsence(p.text)),
    ...(partlyReported ? { partlyReported } : {}),
    ...(quotationReworded ? { quotationReworded } : {}),
  };
}

function titleOf(f: Omission): string {
  if (f.kind === "number") return figureInContext(f);
  return clipAtWord(f.kind === "passage" ? (f.text ?? "") : (f.term ?? f.text ?? ""), 120);
}

/**
 * A passage item's title: its lead passage, taken back to where its sentence
 * or quotation starts in its paragraph ('“We need a great director. … It's
 * special,” he told reporters' rather than 'It's special,” he told
 * reporters'); an ellipsis when even the paragraph starts inside one.
 */
function passageTitle(lead: Omission, ctx: OmissionContext, present: Side): string {
  const all = ctx.passages[present];
  const at = positionOf(ctx, present, (present === "a" ? lead.passagesA : lead.passagesB)[0] ?? -1);
  const leadPassage = all[at];
  if (!leadPassage) return titleOf(lead);
  let from = at;
  let text = leadPassage.text;
  while (startsMidSentence(text) && from > 0 && all[from - 1]?.paragraph === leadPassage.paragraph && text.length < 400) {
    from--;
    text = `${(all[from] as Passage).text} ${text}`;
  }
  return `${startsMidSentence(text) ? "… " : ""}${clipAtWord(text, 120)}`;
}

/**
 * Whether a passage begins inside a sentence: with a small letter ("for tax
 * cuts while…"), or inside a quotation (its first quotation mark closes one:
 * 'It's special," he told reporters').
 */
function startsMidSentence(text: string): boolean {
  if (/^\p{Ll}/u.test(text)) return true;
  const mark = /[“”"]/.exec(text);
  if (!mark || mark.index === 0) return false;
  if (mark[0] === "”") return true;
  // A straight mark closes a quotation when punctuation or a letter stands right before it and no space.
  return mark[0] === '"' && /[\p{L}\p{N}.,!?;:]$/u.test(text.slice(0, mark.index));
}

/** Words shown on each side of a figure in its item's title. */
const FIGURE_CONTEXT_WORDS = 5;

/**
 * A figure with a few words of its sentence ("… in their second in-person
 * meeting ahead of the G7 …"): a bare "second" or "1,200" says nothing.
 */
function figureInContext(f: Omission): string {
  const text = f.text ?? "";
  const figure = (f.term ?? "").split(", ")[0] ?? "";
  const at = figure ? text.indexOf(figure) : -1;
  if (at < 0) return clipAtWord(f.term ?? text, 120);
  const before = text.slice(0, at).split(/\s+/).filter(Boolean);
  const after = text.slice(at + figure.length).split(/\s+/).filter(Boolean);
  const head = before.slice(-FIGURE_CONTEXT_WORDS).join(" ");
  const tail = after.slice(0, FIGURE_CONTEXT_WORDS).join(" ");
  const glue = /^\S/.test(text.slice(at + figure.length)) ? "" : " ";
  return `${before.length > FIGURE_CONTEXT_WORDS ? "… " : ""}${head ? `${head} ` : ""}${figure}${tail ? `${glue}${tail}` : ""}${after.length > FIGURE_CONTEXT_WORDS ? " …" : ""}`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
