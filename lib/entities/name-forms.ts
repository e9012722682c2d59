/**
 * Folding the forms of one name into one entity: a surname alone into the
 * one full name that ends in it ("Blinken" → "Antony Blinken"), a misspelled
 * or shortened given name ("Anthony", "Liz"), an acronym into the
 * organisation it abbreviates ("IRS"), "Treasury Department" / "Department
 * of the Treasury", a firm with and without its suffix; and the form an
 * entity is shown by (bestCanonical). resolve-entities.ts clusters the
 * mentions and calls these.
 */
import { appendTo } from "../collections/append-to";
import { compareCodeUnits } from "../text/code-unit-order";
import type { EntityType } from "./aliases";
import type { Mention, MentionLookup } from "./find-mentions";
import { FEMALE_GIVEN_NAMES, isGivenName, isKnownGivenName, NAME_SUFFIXES, sameGivenName } from "./given-names";
import { COMPANY_SUFFIXES, ORGANIZATION_WORDS } from "./name-words";
import { isSaint } from "./name-joins";
import { mergeInstitutionForms, withoutJurisdiction } from "./institution-forms";
import { companyStem } from "./company-forms";

export interface Located {
  doc: number;
  passage: number;
  mention: Mention;
  heading: boolean;
  /** lookUp(mention) as scanned. */
  lookup?: MentionLookup;
  /** Resolved through a demonym or a capital: refers to the entity without naming it. */
  indirect?: boolean;
}

export interface Cluster {
  canonical: string;
  type: EntityType;
  fromAlias: boolean;
  /** Name words of the longest form (for surname / initial matching). */
  words: string[];
  items: Located[];
  /** A surname alone after "Mr." (m) or "Mrs."/"Ms." (f): folds only into a full name that fits. */
  honorific?: "m" | "f";
}

/**
 * Fold name forms: "Anthony Blinken" into "Antony Blinken" (same surname and
 * initial), "Blinken" into the one full name ending in it, "NHK" into "NHK
 * World". An ambiguous surname goes to the most mentioned full name.
 */
export function mergeNameForms(clusters: Cluster[]): Cluster[] {
  const full = clusters.filter((c) => c.words.length >= 2 && c.type !== "organization" && c.type !== "place");
  // "Trustees of the Social Security", "South Side of Chicago" are nobody's full name: no person's name holds
  // "of", "the", "and" or "for", so their last word is no surname ("Social Security", "Chicago" were folded
  // into them). Their first word may still be their short form ("the Chamber" of "Chamber of Commerce").
  // Nor is a company's ("… Water Co": "co" is no surname) nor a case's ("Beasley v. Green River Valley Water Co":
  // its lower-case "v." as written, as "Luis V. Gutiérrez" has a middle initial).
  const personLike = (c: Cluster) => !c.words.some((w) => NOT_IN_PERSON_NAMES.has(w)) && !companyStem(c.words) && !c.items.some((it) => CASE_CAPTION.test(it.mention.surface));
  const absorbed = new Set<Cluster>();
  const into = (target: Cluster, source: Cluster): void => {
    target.items.push(...source.items);
    if (source.type === "person") target.type = "person";
    absorbed.add(source);
  };
  // Full names with the same surname and a compatible given name (compared within a surname only:
  // comparing every pair of names was quadratic in a long article).
  full.sort((a, b) => b.items.length - a.items.length || b.words.length - a.words.length);
  const sameSurname = groupBy(full.filter(personLike), (c) => surnameOf(c.words));
  for (const group of sameSurname.values()) {
    for (let i = 0; i < group.length; i++) {
      const a = group[i];
      if (!a || absorbed.has(a)) continue;
      for (let j = i + 1; j < group.length; j++) {
        const b = group[j];
        if (!b || absorbed.has(b) || b.fromAlias) continue;
        if (sameFirstName(a.words, b.words)) into(a, b);
      }
    }
  }
  // "Motegi Toshimitsu" / "Toshimitsu Motegi": a two-word name written family name first.
  const byWordPair = new Map<string, Cluster>();
  for (const c of full) {
    if (absorbed.has(c) || c.fromAlias) continue;
    const words = personWords(c.words);
    if (words.length !== 2) continue;
    const key = [...words].sort().join(" ");
    const seen = byWordPair.get(key);
    if (seen && seen.words.join(" ") !== c.words.join(" ")) into(seen, c);
    else if (!seen) byWordPair.set(key, c);
  }
  const misspelt = mergeMisspelledNames(full, absorbed, into);
  mergeInstitutionForms(clusters, absorbed, into);
  mergeOrganisationForms(clusters, absorbed, into);
  mergeSaintsShortForms(clusters, absorbed, into);
  const fullLeft = full.filter((c) => !absorbed.has(c));
  // Looked up by word, in list order. Names of two words or more are not absorbed below,
  // so these lists stay valid; an organisation's type can change, so it is checked on use.
  // "Malia and Sasha Obama": a surname written for two people is no one's shorthand.
  const fullBySurname = groupBy(
    fullLeft.filter((c) => personLike(c) && !c.items.every((it) => it.mention.sharedSurname)),
    (c) => surnameOf(c.words),
  );
  const fullByFirstName = groupBy(fullLeft, (c) => c.words[0]);
  const longByFirstWord = groupBy(
    clusters.filter((c) => !absorbed.has(c) && c.words.length >= 2),
    (c) => c.words[0],
  );
  const titledWords = new Set(
    clusters.filter((c) => !c.fromAlias && c.words.length === 1 && c.items.some((it) => it.mention.titled)).map((c) => c.words[0] as string),
  );
  for (const single of clusters) {
    if (absorbed.has(single) || single.fromAlias || single.words.length !== 1) continue;
    const w = single.words[0];
    // A word the comparison writes after a title ("Mr. Trump") is a person's name: not the first word
    // of "Trump Organization".
    const surname = titledWords.has(w ?? "");
    // "Kessingford" is the town, not "Kessingford Town Council" nor "Kessingford Community Hall": a place
    // a body is named after is no short form of the body (a person's surname alone still is; "Treasury"
    // still is the "Treasury Department").
    const place = single.items.some((it) => it.mention.writtenAsPlace);
    const notForPlace = (c: Cluster) => !place && !namedForPlace(c.words);
    const byPrefix = surname ? [] : (longByFirstWord.get(w) ?? []).filter((c) => c.type === "organization" && notForPlace(c));
    // A lone first name ("Hillary") only when one full name in the comparison starts with it.
    // "Trump Tower" is no one's full name: a lone "Trump" is not its first name.
    const byFirstName = (fullByFirstName.get(w) ?? []).filter((c) => !c.words.some((x) => NOT_PERSON_WORDS.has(x)) && notForPlace(c));
    const bySurname = fullBySurname.get(w) ?? (misspelt.has(w ?? "") ? [misspelt.get(w ?? "") as Cluster] : []);
    const target =
      mostMentioned(fitting(bySurname, single.honorific)) ??
      (byPrefix.length === 1 ? byPrefix[0] : undefined) ??
      (byFirstName.length === 1 ? byFirstName[0] : undefined);
    if (target) into(target, single);
  }
  // A surname alone with and without an honorific, folded into no full name: one entity, as it was written.
  const lone = new Map<string, Cluster>();
  for (const c of clusters) {
    if (absorbed.has(c) || c.fromAlias || c.words.length !== 1) continue;
    const w = c.words[0] as string;
    const seen = lone.get(w);
    if (!seen) lone.set(w, c);
    else if (seen.honorific && !c.honorific) {
      into(c, seen);
      lone.set(w, c);
    } else into(seen, c);
  }
  mergeGivenNameSpellings([...lone.values()], absorbed, into);
  return clusters.filter((c) => !absorbed.has(c)).map((c) => ({ ...c, canonical: c.fromAlias ? c.canonical : bestCanonical(c) }));
}

/**
 * "Reince Preibus" / "Reince Priebus": full names with one given name and surnames one slip apart
 * are one person misspelt, when one of them is typed a person's (titled, or with a middle initial:
 * not "New Yorker" / "New Yorkers"). Returns the absorbed surnames, each with the name it joined,
 * so a lone "Preibus" finds its person too.
 */
function mergeMisspelledNames(full: readonly Cluster[], absorbed: Set<Cluster>, into: (target: Cluster, source: Cluster) => void): Map<string, Cluster> {
  const misspelt = new Map<string, Cluster>();
  for (const group of groupBy(full.filter((c) => !absorbed.has(c) && !c.fromAlias), (c) => c.words[0]).values()) {
    for (let i = 0; i < group.length; i++) {
      const a = group[i];
      const sa = a ? surnameOf(a.words) : undefined;
      if (!a || !sa || absorbed.has(a)) continue;
      for (let j = i + 1; j < group.length; j++) {
        const b = group[j];
        const sb = b ? surnameOf(b.words) : undefined;
        if (!b || !sb || absorbed.has(b) || a.words.length !== b.words.length || !oneSlipApart(sa, sb)) continue;
        if (a.type !== "person" && b.type !== "person") continue;
        into(a, b);
        misspelt.set(sb, a);
      }
    }
  }
  return misspelt;
}

/** "wife Stacy" / "his wife, Stacey": a given name alone, spelt two ways a slip apart, is one person. */
function mergeGivenNameSpellings(lone: readonly Cluster[], absorbed: Set<Cluster>, into: (target: Cluster, source: Cluster) => void): void {
  const given = lone.filter((c) => !absorbed.has(c) && isKnownGivenName(c.words[0] ?? ""));
  for (let i = 0; i < given.length; i++) {
    for (let j = i + 1; j < given.length; j++) {
      const a = given[i] as Cluster;
      const b = given[j] as Cluster;
      if (!absorbed.has(a) && !absorbed.has(b) && oneSlipApart(a.words[0] ?? "", b.words[0] ?? "")) into(a, b);
    }
  }
}

/** Words after a place's name that make a body or a building of that place: "Kessingford Town Council", "Leeds City Council". */
const PLACE_KIND_WORDS: ReadonlySet<string> = new Set(["town", "city", "county", "borough", "district", "parish", "village", "community", "municipal", "metropolitan"]);

/**
 * Words that make a capitalised name a place or a body, not a person's full name ("Trump Tower", "Trump
 * Organization", "Jersey City": a lone "Jersey" is not its first name).
 */
const NOT_PERSON_WORDS: ReadonlySet<string> = new Set([
  ...ORGANIZATION_WORDS, ...PLACE_KIND_WORDS, "tower", "towers", "building", "plaza", "hotel", "center", "centre", "square", "museum",
  "airport", "stadium", "bridge", "street", "avenue", "road", "drive", "doctrine", "act", "plan", "watch", "store", "cloud", "maps",
]);


/** Whether name words are a place's name and what of it they name ("Kessingford Town Council"): the first word alone is the place. */
function namedForPlace(words: readonly string[]): boolean {
  return words.length >= 3 && PLACE_KIND_WORDS.has(words[1] ?? "");
}

/**
 * Joining words no person's name holds: a name with one is nobody's full name, so its last word is no
 * surname (NOT_PERSON_WORDS above keeps bodies' and buildings' names from being a given name's full name).
 */
const NOT_IN_PERSON_NAMES: ReadonlySet<string> = new Set(["of", "the", "and", "for"]);

/** A case caption's "v." / "vs." between two parties, as written (a capital "V." is an initial). */
const CASE_CAPTION = /\sv(?:s)?\.?\s/;

/**
 * The full names a surname after an honorific can stand for: after "Mr." none
 * with a woman's given name, after "Mrs."/"Ms." those with one, when there
 * are any; otherwise every one (the given name tells nothing).
 */
function fitting(full: readonly Cluster[], honorific: "m" | "f" | undefined): readonly Cluster[] {
  if (!honorific || full.length < 2) return full;
  const female = (c: Cluster) => FEMALE_GIVEN_NAMES.has(c.words[0] ?? "");
  const fit = full.filter((c) => female(c) === (honorific === "f"));
  return fit.length > 0 ? fit : full;
}

/** Capitalised name words that an acronym takes no letter from. */
const ACRONYM_SKIPS = new Set(["of", "the", "and", "for", "on", "in", "at", "to", "&"]);

/**
 * Organisation forms: an acronym and the name it abbreviates ("IRS" /
 * "Internal Revenue Service", "NSA" / "National Security Agency") when the
 * comparison spells out only one such name; "Treasury Department" /
 * "Department of the Treasury"; "Foreign Relations Committee" / "Committee
 * on Foreign Relations".
 */
function mergeOrganisationForms(clusters: readonly Cluster[], absorbed: Set<Cluster>, into: (target: Cluster, source: Cluster) => void): void {
  const spelledOut = new Map<string, Cluster[]>();
  const byDepartmentForm = new Map<string, Cluster>();
  for (const c of clusters) {
    if (absorbed.has(c) || c.words.length < 2) continue;
    // "US Environmental Protection Agency" is the EPA, and "U.S. Department of Justice" the Justice Department (institution-forms.ts).
    // ("FBI" keeps the "Federal" of "Federal Bureau of Investigation": both initials are read.)
    const words = withoutJurisdiction(c.words);
    const initials = new Set([c.words, words].map((w) => w.filter((x) => !ACRONYM_SKIPS.has(x)).map((x) => x[0]).join("")));
    for (const i of initials) if (i.length >= 2) appendTo(spelledOut, i, c);
    const form = departmentForm(words);
    if (!form) continue;
    const seen = byDepartmentForm.get(form);
    if (seen && !c.fromAlias) into(seen, c);
    else if (seen && !seen.fromAlias) into(c, seen);
    else byDepartmentForm.set(form, c);
  }
  mergeFirmForms(clusters, absorbed, into);
  mergeCompanySuffixForms(clusters, absorbed, into);
  for (const c of clusters) {
    if (absorbed.has(c) || c.fromAlias || c.words.length !== 1) continue;
    const acronym = c.items[0]?.mention.surface.replace(/\./g, "").replace(/['’]s$/, "") ?? "";
    if (!/^\p{Lu}{2,6}$/u.test(acronym)) continue;
    const targets = (spelledOut.get(acronym.toLowerCase()) ?? []).filter((t) => !absorbed.has(t));
    if (targets.length === 1 && targets[0]) into(targets[0], c);
  }
}

/**
 * "St. Anne's" / "St. Anne's Hospital": a saint's name alone is the short form of the one longer name
 * the comparison opens with it (find-mentions.ts reads a saint's possessive inside a name). With two
 * such names ("St. Anne's Hospital", "St. Anne's Church") the short form stays a name of its own.
 */
function mergeSaintsShortForms(clusters: readonly Cluster[], absorbed: Set<Cluster>, into: (target: Cluster, source: Cluster) => void): void {
  const longer = groupBy(
    clusters.filter((c) => !absorbed.has(c) && !c.fromAlias && c.words.length > 2 && isSaint(c.words[0])),
    (c) => `${c.words[0]} ${c.words[1]}`,
  );
  for (const c of clusters) {
    if (absorbed.has(c) || c.fromAlias || c.words.length !== 2 || !isSaint(c.words[0])) continue;
    const targets = (longer.get(c.words.join(" ")) ?? []).filter((t) => !absorbed.has(t));
    if (targets.length === 1 && targets[0]) into(targets[0], c);
  }
}

/**
 * A firm named for its partners goes by its first names: "Mintz Levin", "Mintz, Levin, Cohn, Ferris,
 * Glovsky & Popeo" and "Mintz, Levin, Cohn, Ferris, Glovsky and Popeo PC" are one firm. A firm is a
 * name the scanner joined across commas or an ampersand (find-mentions.ts, firmNameEnd); another name
 * is the same firm when its words, without "and" and a company suffix, open the firm's (two words at
 * least).
 */
function mergeFirmForms(clusters: readonly Cluster[], absorbed: Set<Cluster>, into: (target: Cluster, source: Cluster) => void): void {
  const core = (c: Cluster) => c.words.filter((w) => w !== "and" && !COMPANY_SUFFIXES.has(w));
  const firms = clusters.filter((c) => !absorbed.has(c) && c.type === "organization" && /[,&]/.test(c.items[0]?.mention.surface ?? ""));
  firms.sort((a, b) => b.words.length - a.words.length);
  for (const firm of firms) {
    if (absorbed.has(firm)) continue;
    const full = core(firm);
    for (const c of clusters) {
      if (c === firm || absorbed.has(c) || c.fromAlias || c.words.length < 2) continue;
      const words = core(c);
      if (words.length >= 2 && words.length <= full.length && words.every((w, k) => w === full[k])) into(firm, c);
    }
  }
}

/**
 * "Brightwell Pharmacy Inc" / "Brightwell Pharmacy": a company's legal form (Inc, Corp, Ltd, LLC, plc, Co,
 * Company…: company-forms.ts) is no part of the name a reader matches. A wire writes it, a paper drops it;
 * without this the company was "never in" the paper that names it in every paragraph.
 */
function mergeCompanySuffixForms(clusters: readonly Cluster[], absorbed: Set<Cluster>, into: (target: Cluster, source: Cluster) => void): void {
  const plain = new Map<string, Cluster>();
  // "Walt Disney Company" is not Walt Disney, nor "Hudson's Bay Company" the bay: a place's name, or one opening
  // with a given name, takes in no company form. (A title's "of" may have typed a company a person: "Chief
  // Executive Officer of Green River Valley Water".)
  const takesForms = (c: Cluster) => c.type !== "place" && !isGivenName(c.words[0] ?? "");
  for (const c of clusters) if (!absorbed.has(c) && !companyStem(c.words) && takesForms(c)) plain.set(c.words.join(" "), c);
  for (const c of clusters) {
    const stem = c.words.length < 2 || c.fromAlias || absorbed.has(c) ? undefined : companyStem(c.words);
    const target = stem ? plain.get(stem.join(" ")) : undefined;
    if (!target || target === c || absorbed.has(target)) continue;
    into(target, c);
    // Written with a legal form, it is a company.
    target.type = "organization";
  }
}

/** "department of the treasury" and "treasury department" → "treasury department" (also ministries and offices). */
function departmentForm(written: readonly string[]): string | undefined {
  // "Justice Dept" is the Justice Department.
  const words = written.map((w) => (w === "dept" ? "department" : w));
  const head = words[0] ?? "";
  if ((head === "department" || head === "ministry" || head === "office") && words[1] === "of") {
    const rest = words.slice(words[2] === "the" ? 3 : 2);
    return rest.length > 0 ? `${rest.join(" ")} ${head}` : undefined;
  }
  // "Committee on Foreign Relations" / "Foreign Relations Committee".
  if (BODIES_ON.has(head) && words[1] === "on" && words.length > 2) return `${words.slice(2).join(" ")} ${head}`;
  const last = words.at(-1) ?? "";
  if (last === "department" || last === "ministry" || last === "office" || BODIES_ON.has(last)) return words.join(" ");
  return undefined;
}

/** Bodies named "X on Y" as well as "Y X". */
const BODIES_ON: ReadonlySet<string> = new Set(["committee", "subcommittee", "commission", "council"]);

/** Items grouped by a key, each group in list order. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The cluster with the most mentions; the first of equals. */
function mostMentioned(clusters: readonly Cluster[]): Cluster | undefined {
  let best: Cluster | undefined;
  for (const c of clusters) if (!best || c.items.length > best.items.length) best = c;
  return best;
}

/**
 * Whether two surnames differ by one slip of the keyboard: two neighbouring letters swapped
 * ("Preibus" / "Priebus") or one letter more ("Stacy" / "Stacey" as a name's last word). Only
 * names of five letters or more: "Bush" / "Busch" are two families.
 */
function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 5) return false;
  if (a.length === b.length) {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  // A plural is no slip.
  if (long.length !== short.length + 1 || long === `${short}s`) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/** A person's name words without a generational suffix ("Robert S. Mueller III" → robert s mueller). */
function personWords(words: readonly string[]): readonly string[] {
  let end = words.length;
  while (end > 1 && NAME_SUFFIXES.has(words[end - 1] ?? "")) end--;
  return end === words.length ? words : words.slice(0, end);
}

function surnameOf(words: readonly string[]): string | undefined {
  return personWords(words).at(-1);
}

/**
 * "Antony" / "Anthony", "A. Barry" / "Barry", "Liz" / "Elizabeth", "Dick" /
 * "Richard": same initial, a familiar form, or one name's given names inside the other's.
 */
function sameFirstName(a: readonly string[], b: readonly string[]): boolean {
  // "George H. W. Bush" / "George W. Bush", "Pieter A. Vermeulen" / "Pieter B. Vermeulen": both give a middle initial, and not the same one.
  const initials = (w: readonly string[]) => personWords(w).slice(1, -1).filter((x) => x.length === 1);
  const ia = initials(a);
  const ib = initials(b);
  if (ia.length > 0 && ib.length > 0 && ia.join(" ") !== ib.join(" ")) return false;
  const given = (w: readonly string[]) => personWords(w).slice(0, -1).filter((x) => x.length > 1);
  const ga = given(a);
  const gb = given(b);
  if (ga[0]?.[0] !== undefined && ga[0]?.[0] === gb[0]?.[0]) return true;
  // "M. Webb" / "Marcus Webb": a given name written as its initial alone ("Cllr M. Webb" used to fold into
  // "Councillor Marcus Webb" only because the two titles begin with one letter).
  const first = (w: readonly string[]) => {
    const words = personWords(w);
    return words.length > 1 ? words[0]?.[0] : undefined;
  };
  if ((ga.length === 0 || gb.length === 0) && first(a) !== undefined && first(a) === first(b)) return true;
  if (ga[0] !== undefined && gb[0] !== undefined && sameGivenName(ga[0], gb[0])) return true;
  const [short, long] = ga.length <= gb.length ? [ga, gb] : [gb, ga];
  return short.length > 0 && short.every((w) => long.includes(w));
}

/** How much more often a shorter form of a name must be written than its fullest to be the name shown. */
const USUAL_FORM_RATIO = 3;

export function bestCanonical(c: Cluster): string {
  // A place is shown by its name, not by its adjective ("Midwest", not "Midwestern": place-adjectives.ts).
  const naming = c.items.filter((it) => !it.indirect);
  if (naming.length === 0 && c.items.length > 0) return c.canonical;
  const counts = new Map<string, { n: number; words: number; initialOnly: boolean; midSentence: boolean }>();
  for (const it of naming) {
    const cur = counts.get(it.mention.surface) ?? { n: 0, words: it.mention.words.length, initialOnly: it.mention.words[0]?.length === 1, midSentence: false };
    cur.n++;
    if (!it.mention.sentenceInitial) cur.midSentence = true;
    counts.set(it.mention.surface, cur);
  }
  // The fullest form; among equals, one whose given name is written out ("Marcus Webb", not "M. Webb"), then one
  // written mid-sentence (its capitals are the name's own).
  const ranked = [...counts.entries()].sort(
    (a, b) => b[1].words - a[1].words || Number(a[1].initialOnly) - Number(b[1].initialOnly) || Number(b[1].midSentence) - Number(a[1].midSentence) || b[1].n - a[1].n || compareCodeUnits(a[0], b[0]),
  );
  // But not a longer name a shorter one was folded into, when the article writes the shorter one far more:
  // "Social Security" (17 times), not "Strengthen Social Security" (once, a campaign's name); "MacBook Pro",
  // not "Retina MacBook Pro". A person keeps their fullest name ("Kathleen Hawk Sawyer", "Donald J. Trump").
  const fullest = ranked[0];
  const given = c.items.find((it) => it.mention.surface === fullest?.[0])?.mention.words[0] ?? "";
  if (fullest && c.type !== "person" && !isGivenName(given)) {
    const usual = ranked.filter(([, x]) => x.words >= 2).reduce((best, r) => (r[1].n > best[1].n ? r : best), fullest);
    if (usual[1].n >= USUAL_FORM_RATIO * fullest[1].n) return usual[0].replace(/['’]s$/, "");
  }
  return (fullest?.[0] ?? c.canonical).replace(/['’]s$/, "");
}
