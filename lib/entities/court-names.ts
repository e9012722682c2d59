/**
 * A court's name as news writes it, read whole during the mention scan
 * (find-mentions.ts): its district or circuit after "for the" ("District
 * Court for the Eastern District of Virginia", "Court of Appeals for the 9th
 * Circuit") and a circuit's number written in figures before it ("the 9th
 * Circuit", "the 9th U.S. Circuit Court of Appeals"). Read in pieces, the
 * qualifier was a name of its own ("Eastern District", a lone "Circuit")
 * that the other source, writing "the District Court" or "the Ninth
 * Circuit", was said to leave out. Which forms are one court is
 * institution-forms.ts's to say.
 */
import type { Token } from "../text/tokens";
import type { AliasAt } from "./alias-edges";
import { joinable } from "./token-joins";

/** "9th", "2nd", "11th": an ordinal in figures (tokens are lower-cased in `norm`). */
const ORDINAL_FIGURES = /^\d{1,2}(?:st|nd|rd|th)$/;

/** The words a court's district or circuit closes with. */
const SEAT_WORDS: ReadonlySet<string> = new Set(["district", "circuit", "division"]);

/** Whether token k is "U.S."/"US"/"United States" (the country alias) and where it ends. */
function countryAt(k: number, aliasAt: AliasAt): number | undefined {
  const found = aliasAt(k);
  return found && found[1].canonical === "United States" ? found[0] : undefined;
}

/**
 * Where a circuit or district named by its number in figures begins a court's name: token `i` is
 * "9th", then (after "U.S." at most) a capitalised "Circuit" or "District Court" joined to it. Returns the
 * index of that capitalised word, from which the name's capitals run on as any name's do.
 */
export function ordinalOpensCourt(text: string, tokens: readonly Token[], i: number, aliasAt: AliasAt): number | undefined {
  const t = tokens[i];
  if (!t || !ORDINAL_FIGURES.test(t.norm)) return undefined;
  let k = i + 1;
  const country = countryAt(k, aliasAt);
  if (country !== undefined) k = country;
  const seat = tokens[k];
  const before = tokens[k - 1];
  // "the 16th District" alone is a congressional district, not a court: a district opens a court's name only with "Court" after it.
  const court = seat?.norm === "circuit" || (seat?.norm === "district" && tokens[k + 1]?.norm === "court" && tokens[k + 1]?.isCapitalized);
  if (!seat || !before || !seat.isCapitalized || !court) return undefined;
  // "9th U.S. Circuit": the country's point stands between them; otherwise one space.
  const gap = text.slice(before.end, seat.start);
  return joinable(text, before, seat) || (country !== undefined && /^\.?\s+$/.test(gap)) ? k : undefined;
}

/**
 * Where a court's qualifier after "for the" ends (exclusive), when token `j` is that "for" and the
 * run `from`…`j` names a court: "for the Eastern District of Virginia", "for the Ninth Circuit",
 * "for the 9th Circuit", "for the District of Columbia". The place in it is where the court sits,
 * no place the story names (as "University of Michigan" keeps Michigan).
 */
export function courtQualifierEnd(text: string, tokens: readonly Token[], from: number, j: number, aliasAt: AliasAt): number | undefined {
  const forWord = tokens[j];
  const the = tokens[j + 1];
  if (forWord?.norm !== "for" || the?.norm !== "the" || !tokens.slice(from, j).some((t) => t.norm === "court")) return undefined;
  if (!joinable(text, tokens[j - 1] as Token, forWord) || !joinable(text, forWord, the)) return undefined;
  // Up to two words (a compass word, an ordinal in words or figures) before "District" / "Circuit".
  let k = j + 2;
  let seat = -1;
  for (let n = 0; n < 3 && k < tokens.length; n++, k++) {
    const t = tokens[k] as Token;
    const prev = tokens[k - 1] as Token;
    if (!joinable(text, prev, t) || !(t.isCapitalized || (n === 0 && ORDINAL_FIGURES.test(t.norm)))) return undefined;
    if (SEAT_WORDS.has(t.norm)) {
      seat = k;
      break;
    }
  }
  if (seat < 0) return undefined;
  // "for the District of Columbia": the district is a place the alias list knows whole.
  const whole = aliasAt(seat);
  if (whole && whole[0] > seat + 1) return whole[0];
  // "… District of Virginia", "… District of New York": "of" and the place.
  const of = tokens[seat + 1];
  const place = of?.norm === "of" && joinable(text, tokens[seat] as Token, of) ? aliasAt(seat + 2) : undefined;
  if (place && place[1].type === "place") return place[0];
  return seat + 1;
}
