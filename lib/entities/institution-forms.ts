/**
 * One institution written in several forms: with whose it is before its name
 * ("U.S. District Court", "US Environmental Protection Agency", "Federal
 * District Court", "State Supreme Court") or without, and a court with its
 * seat ("District Court for the Eastern District of Virginia", "Court of
 * Appeals for the Ninth Circuit", "the 9th Circuit", "Ninth Circuit Court of
 * Appeals") or without ("the District Court"). The jurisdiction says whose
 * the body is, not which: a source that drops it names the same body. A
 * court's seat says which: two seats are two courts ("Eastern District" /
 * "Western District"), and a court written without its seat is the one
 * seated court of that kind the comparison names, as a surname alone is the
 * one full name ending in it. Kinds stay apart: "Supreme Court" is no
 * "District Court". name-forms.ts folds by these keys; court-names.ts reads
 * a court's name whole during the scan.
 */
import type { Mention } from "./find-mentions";
import type { Cluster, Located } from "./name-forms";
import { ORGANIZATION_WORDS } from "./name-words";

/** Words before a body's name that say whose it is: "U.S.", "US", "United States", "Federal", "State". */
const JURISDICTION_WORDS: ReadonlySet<string> = new Set(["us", "federal", "state"]);

const ORDINAL_WORDS: Readonly<Record<string, string>> = {
  first: "1st", second: "2nd", third: "3rd", fourth: "4th", fifth: "5th", sixth: "6th", seventh: "7th",
  eighth: "8th", ninth: "9th", tenth: "10th", eleventh: "11th", twelfth: "12th", thirteenth: "13th",
};

const ORDINAL_FIGURES = /^\d{1,2}(?:st|nd|rd|th)$/;

/** The federal circuits named, not numbered. */
const CIRCUIT_NAMES: ReadonlySet<string> = new Set(["federal", "dc"]);

/** Number of words a jurisdiction takes at `k` ("united states" two, "us" one), 0 if none. */
function jurisdictionAt(words: readonly string[], k: number): number {
  if (words[k] === "united" && words[k + 1] === "states") return 2;
  return JURISDICTION_WORDS.has(words[k] ?? "") ? 1 : 0;
}

/**
 * Where a body's name begins after the jurisdiction written before it (after a circuit's number,
 * "9th U.S. Circuit"), and whether that jurisdiction is the country: 0 and false when there is none.
 */
function jurisdictionPrefix(words: readonly string[]): { from: number; at: number; country: boolean } {
  const at = ORDINAL_FIGURES.test(words[0] ?? "") ? 1 : 0;
  const n = jurisdictionAt(words, at);
  return { from: at + n, at, country: n > 0 && words[at] !== "federal" && words[at] !== "state" };
}

/** Whether words name a body: an organisation word or a court's ("Environmental Protection Agency", "District Court", "9th Circuit"). */
function bodyLike(words: readonly string[]): boolean {
  return words.some((w) => ORGANIZATION_WORDS.has(w)) || words.at(-1) === "circuit";
}

/**
 * A body's name without the jurisdiction before it: "us environmental protection agency" →
 * "environmental protection agency", "federal district court" → "district court", "9th us circuit
 * court of appeals" → "9th circuit court of appeals". Unchanged when what is left is no body of two
 * words or more ("State Department", "Federal Reserve" keep their first word).
 */
export function withoutJurisdiction(words: readonly string[]): readonly string[] {
  const { from, at } = jurisdictionPrefix(words);
  if (from === at) return words;
  const rest = [...words.slice(0, at), ...words.slice(from)];
  return rest.length - at >= 2 && bodyLike(rest) ? rest : words;
}

/**
 * Whether a body's name opens with its country ("US Environmental Protection Agency", "9th U.S.
 * Circuit"): it refers to the country without naming it, as a demonym does.
 */
export function opensWithCountry(words: readonly string[]): boolean {
  const { from, at, country } = jurisdictionPrefix(words);
  return country && withoutJurisdiction(words).length === words.length - (from - at);
}

/** The country's words in a body's name that opens with them (opensWithCountry): "US" of "US Environmental Protection Agency". */
export function countryWords(body: Mention): Mention {
  const found = /^(?:\d{1,2}(?:st|nd|rd|th)\s+)?(U\.S\.|U\.S|US|United\s+States)/u.exec(body.surface);
  const surface = found?.[1] ?? body.surface;
  const start = body.start + (found ? found[0].length - surface.length : 0);
  return { ...body, start, end: start + surface.length, surface, words: surface.includes("nited") ? ["united", "states"] : ["us"], type: "place", sentenceInitial: false };
}

/** A court's kind and seat ("court of appeals" and "9th circuit"); undefined for a name that is no court's. */
export interface CourtKey {
  kind: string;
  seat?: string;
}

/**
 * What court a name is: its kind ("district court", "court of appeals", "supreme court") and its
 * seat when written ("eastern district of virginia", "9th circuit"), jurisdiction and ordinals in
 * words aside. "Ninth Circuit" alone is the court of appeals of that circuit.
 */
export function courtKey(written: readonly string[]): CourtKey | undefined {
  const words = withoutJurisdiction(written.map((w) => ORDINAL_WORDS[w] ?? w)).filter((w) => w !== "the");
  // "Ninth Circuit", "Federal Circuit", "D.C. Circuit": a federal circuit by its number or its name (not a racing "Silverstone Circuit").
  const circuitFirst = (ORDINAL_FIGURES.test(words[0] ?? "") || CIRCUIT_NAMES.has(words[0] ?? "")) && words[1] === "circuit";
  if (!words.includes("court")) return circuitFirst && words.length === 2 ? { kind: "court of appeals", seat: words.join(" ") } : undefined;
  const forAt = words.indexOf("for");
  if (forAt > 0) {
    const kind = words.slice(0, forAt);
    const seat = words.slice(forAt + 1);
    return seat.length > 0 ? { kind: kind.join(" "), seat: seat.join(" ") } : undefined;
  }
  // "9th Circuit Court of Appeals": the circuit's court of appeals.
  if (circuitFirst) {
    const rest = words.slice(2);
    return { kind: rest.join(" ") || "court of appeals", seat: words.slice(0, 2).join(" ") };
  }
  return { kind: words.join(" ") };
}

/** Folds one cluster into another (name-forms.ts). */
type Into = (target: Cluster, source: Cluster) => void;

/**
 * Fold an institution's forms (see the top of this file): names that are one body once the
 * jurisdiction before them is set aside, or one court once ordinals are figures; then a court
 * written without its seat into the one seated court of its kind, when there is only one.
 */
export function mergeInstitutionForms(clusters: readonly Cluster[], absorbed: Set<Cluster>, into: Into): void {
  const bodies = clusters.filter((c) => !absorbed.has(c) && (c.type === "organization" || c.type === "other") && c.words.length >= 2);
  // Alias clusters first: a name folds into the known body, never the other way round.
  bodies.sort((a, b) => Number(b.fromAlias) - Number(a.fromAlias) || b.items.length - a.items.length);
  const byKey = new Map<string, Cluster>();
  const courts = new Map<Cluster, CourtKey>();
  for (const c of bodies) {
    const court = courtKey(c.words);
    const key = court ? `court:${court.kind} for ${court.seat ?? ""}` : `body:${withoutJurisdiction(c.words).join(" ")}`;
    const seen = byKey.get(key);
    if (seen && !c.fromAlias) into(seen, c);
    else if (!seen) byKey.set(key, c);
    if (court && !absorbed.has(c)) courts.set(c, court);
  }
  const seatedByKind = new Map<string, Cluster[]>();
  for (const [c, court] of courts) {
    if (court.seat === undefined) continue;
    const list = seatedByKind.get(court.kind);
    if (list) list.push(c);
    else seatedByKind.set(court.kind, [c]);
  }
  for (const [c, court] of courts) {
    const seated = seatedByKind.get(court.kind);
    if (court.seat !== undefined || c.fromAlias || seated?.length !== 1) continue;
    into(seated[0] as Cluster, c);
  }
  for (const c of courts.keys()) if (!absorbed.has(c)) c.type = "organization";
}

/**
 * "U.S. District Court", "U.K. Supreme Court": a country's dotted abbreviation written right before a
 * body's name (the scan leaves it a name of its own: its point may end a sentence). It says whose the
 * body is, referring to the country without naming it (Located.indirect), and the body's name after
 * it opens no sentence. Returns those country mentions and the bodies' mentions after them.
 */
export function countryBeforeBody(located: readonly Located[]): { countries: Set<Mention>; bodies: Set<Mention> } {
  const countries = new Set<Mention>();
  const bodies = new Set<Mention>();
  for (let k = 0; k + 1 < located.length; k++) {
    const a = located[k] as Located;
    const b = located[k + 1] as Located;
    if (a.doc !== b.doc || a.passage !== b.passage || a.mention.alias?.type !== "place" || a.mention.alias.indirect) continue;
    if (!a.mention.surface.endsWith(".") || b.mention.start !== a.mention.end + 1 || b.mention.type !== "organization") continue;
    countries.add(a.mention);
    bodies.add(b.mention);
  }
  return { countries, bodies };
}
