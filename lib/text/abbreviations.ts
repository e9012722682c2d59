/**
 * Words that end in a full stop without ending the sentence. Grouped by how
 * the splitter treats them, because "Gen." never ends a sentence, "Jan." does
 * not before a day number, and "Inc." or "U.S." often does.
 * Keys are lower case, without the final dot.
 */
import { MONTH_ABBREVIATIONS } from "./calendar-words";

/** Titles before a name: never the end of a sentence. */
export const TITLES: ReadonlySet<string> = new Set(
  `mr mrs ms mx dr prof gen gens lt col maj capt cmdr adm sgt cpl pvt brig gov govs sen sens rep reps rev fr
  pres supt insp det hon messrs mme mlle st mt ft cong`.split(/\s+/).filter(Boolean),
);

/** Only an abbreviation before a number ("No. 2", "Vol. 3", "Art. 9"). */
export const BEFORE_NUMBER: ReadonlySet<string> = new Set(
  `no nos vol art fig pp p ch sec para op`.split(/\s+/).filter(Boolean),
);

/** Month abbreviations: part of the sentence before a day number ("Jan. 5", "Sept. 11"). */
export const MONTHS: ReadonlySet<string> = new Set(MONTH_ABBREVIATIONS);

/**
 * Abbreviations that may also close a sentence ("… shares of Acme Inc. The
 * company said"): the splitter breaks after them only when the next word
 * looks like the start of a new sentence (a capitalised function word).
 */
export const AMBIGUOUS: ReadonlySet<string> = new Set(
  `inc corp ltd co bros llc plc jr sr etc approx est dept govt univ assn ave blvd rd`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * A case caption's "v." / "vs." ("Beasley v. Green River Valley Water Co."): the second party's
 * name follows, never a new sentence — its capital proves nothing, and "Roe v. The State" has a
 * capitalised function word after it too. Written in lower case ("Title V. The law" ends a sentence).
 */
export const CASE_CAPTIONS: ReadonlySet<string> = new Set(["v", "vs"]);
