/**
 * Two sentences of one speaker ("Dev Rao said the union had warned about worn
 * rails" / "Dev Rao said ministers should publish every inspection report")
 * share the speaker's name, the speech verb and often a title ("general
 * secretary of the Rail Workers' Union"), and nothing they report. The scorer
 * sees a rare name shared and may call them a partial pair; an analyst reads
 * that as "B reports part of this", which is false. So a partial pair must
 * share some content outside the attribution of each sentence.
 *
 * English news attributions only: who (a name, a pronoun, "Its chief
 * investigator, Tomasz Wren,"), an optional title between commas, a speech
 * verb, and what goes with it ("told reporters at the scene", "according to
 * Northline Rail"). Anything else is left as it is.
 */
import { sharedHashes } from "../similarity/hashed-set";
import { prepareSentence } from "../similarity/prepare-sentence";

const NAME = String.raw`(?:[\p{Lu}][\p{L}.'’-]*(?:\s+(?:[\p{Lu}][\p{L}.'’-]*|de|van|von|al|bin|da|di|le|la))*|[Hh]e|[Ss]he|[Tt]hey)`;
/** A title or description between commas: "Dev Rao, general secretary of the Rail Workers' Union, said". */
const APPOSITION = String.raw`(?:\s*,[^"“”,]{1,100}(?:,[^"“”,]{1,60})?,)?`;
/** "Its chief investigator, Tomasz Wren," / "The union's leader, Dev Rao,": a description before the name. */
const DESCRIBED = String.raw`(?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+[^"“”,]{1,60},\s+)?`;
const TOLD = String.raw`told(?:\s+(?:reporters|journalists|us|me|him|her|them|[\p{Lu}][\p{L}\d]*(?:\s+[\p{Lu}\d][\p{L}\d]*)*))?`;
const VERB = String.raw`(?:said|says|${TOLD}|tells|added|adds|warned|warns|insisted|insists|noted|notes|argued|argues|explained|explains|stated|states|wrote|writes|confirmed|confirms|announced|announces|claimed|claims|recalled|continued|replied|asked|declared|acknowledged|admitted)`;
const ADVERB = String.raw`(?:(?:also|later|then|earlier|previously|again)\s+)?`;
/**
 * What may follow a speech verb at the end of a sentence and still be the
 * attribution: when and where ("on Thursday", "at a news conference in
 * Lincoln", "in a memo released to reporters"), never a clause ("stated
 * clearly he had not served in Vietnam" reports something).
 */
const TAIL = String.raw`(?:\s+(?:(?:on|in|at|to|during|after|before|from|with|by|via)\s+[^"“”.!?,;]{1,40}|\p{L}+day|yesterday|today|tonight|earlier|later|recently))*`;

/** "Dev Rao, general secretary …, said (that|:)" at the start of a sentence. */
const LEADING = new RegExp(String.raw`^${DESCRIBED}${NAME}${APPOSITION},?\s+${ADVERB}${VERB}\b(?:\s+(?:on|in|at)\s+[\p{L}\d]+)?(?:\s+that\b|\s*:)?`, "u");
/** 'According to Northline Rail,' at the start. */
const LEADING_ACCORDING = /^According to [^,"“”]{1,80},/u;
/** '…," Wren told reporters at the scene.' / '…, he said.' at the end. */
const TRAILING = new RegExp(String.raw`(?:[,.!?]?["”]|,)\s+${NAME}${APPOSITION}\s+${ADVERB}${VERB}\b${TAIL}[.!?]?["”]?\s*$`, "u");
/** '…," said Lanhee Chen, the campaign's policy director.' at the end. */
const TRAILING_INVERTED = new RegExp(String.raw`(?:[,.!?]?["”]|,)\s+${VERB}\s+${NAME}(?:,[^"“”.!?]{1,100})?[.!?]?["”]?\s*$`, "u");
/** '…, according to Northline Rail.' at the end. */
const TRAILING_ACCORDING = /,?\s+according to [^,.;"“”]{1,80}[.!?]?["”]?\s*$/u;

/** The sentence without its attribution: what it reports. */
export function withoutAttribution(text: string): string {
  let rest = text.trim();
  rest = rest.replace(LEADING_ACCORDING, "").replace(LEADING, "");
  for (const pattern of [TRAILING, TRAILING_INVERTED, TRAILING_ACCORDING]) {
    const cut = rest.replace(pattern, "");
    if (cut !== rest) {
      rest = cut;
      break;
    }
  }
  return rest;
}

/**
 * What a sentence reports, as `sharesOnlyAttribution` compares it: whether it
 * has an attribution at all, and the content stems of the rest (read on first
 * use). A passage is tested against several candidates of every article it is
 * aligned with, so ArticleFeatures keeps this per passage.
 */
export class ReportedPart {
  readonly hasAttribution: boolean;
  private readonly rest: string;
  private stemsMemo?: readonly number[];

  constructor(text: string) {
    this.rest = withoutAttribution(text);
    this.hasAttribution = this.rest !== text.trim();
  }

  /** The scorer's own content stems of the rest (hyphenated compounds split: "double-dip" shares "dip" with "double dip"). */
  get stems(): readonly number[] {
    return (this.stemsMemo ??= prepareSentence(this.rest).stems);
  }
}

/**
 * Whether everything two sentences have in common is in their attributions:
 * they share content words, but none of them outside who says it and how.
 */
export function sharesOnlyAttribution(a: string | ReportedPart, b: string | ReportedPart): boolean {
  const x = typeof a === "string" ? new ReportedPart(a) : a;
  const y = typeof b === "string" ? new ReportedPart(b) : b;
  if (!x.hasAttribution && !y.hasAttribution) return false;
  return sharedHashes(x.stems, y.stems) === 0;
}
