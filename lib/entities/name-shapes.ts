/**
 * Shapes of text around a name that change what it names, read before and
 * after the mention scan (find-mentions.ts): a modifier suffix ("Bush-era",
 * "Republican-controlled"), a town written with its US state ("Corpus
 * Christi, Tex.") and a news medium named as the channel of a statement
 * ("told ABC News"), a surname two people share ("Malia and Sasha Obama"),
 * and a name written where a place goes ("outside Kessingford").
 */
import { tokenize, type Token } from "../text/tokens";
import type { Mention } from "./find-mentions";
import { US_STATES } from "./gazetteer";
import { FEMALE_GIVEN_NAMES, isKnownGivenName } from "./given-names";
import { PUBLICATION_WORDS } from "./name-words";

/**
 * "Bush-era tax cuts", "the Tea Party-inspired candidate", "St. Louis-based agents": the name without
 * its suffix, so it is read as the name it is (and as an alias, "Republican-controlled"), mentioned in
 * passing; `modifiedEnds` holds where such names now end. The token list is copied only when needed.
 */
export function withoutModifierSuffixes(tokens: readonly Token[]): { tokens: readonly Token[]; modifiedEnds: ReadonlySet<number> } {
  let out: Token[] | undefined;
  const modifiedEnds = new Set<number>();
  tokens.forEach((t, k) => {
    const modified = t.isCapitalized && t.surface.includes("-") ? MODIFIED_NAME.exec(t.surface) : null;
    const [name] = modified ? tokenize(modified[1] as string) : [];
    if (!name || name.surface !== modified?.[1]) return;
    out ??= tokens.slice(0, k);
    const cut = { ...name, start: t.start, end: t.start + name.surface.length };
    out[k] = cut;
    modifiedEnds.add(cut.end);
  });
  if (!out) return { tokens, modifiedEnds };
  for (let k = 0; k < tokens.length; k++) out[k] ??= tokens[k] as Token;
  return { tokens: out, modifiedEnds };
}

/** A capitalised name and a lower-case suffix that makes it a modifier: "Bush-era", "Saudi-led", "Trump-appointed". */
const MODIFIED_NAME =
  /^(\p{Lu}[\p{L}.'’]*)-(?:era|led|backed|style|like|based|born|controlled|appointed|funded|sponsored|allied|aligned|affiliated|dominated|friendly|linked|owned|run|brokered|inspired|centric|bashing|leaning|supporting|endorsed|nominated|picked|installed|imposed|proposed|drafted|written|authored|themed|related|oriented|driven|focused|sized|approved|made|built)$/u;

/**
 * "Corpus Christi, Tex.", "Oskaloosa, Iowa," "the Brooklyn, N.Y., chapter": a name followed by a US
 * state's abbreviation or name, then a stop, is a town (a place, so never a speaker), unless it
 * starts with a given name.
 */
const STATE_AFTER = new RegExp(
  String.raw`^,\s*(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Vt|Va|Wash|Wis|Wyo|N\.[HJMYCD]|R\.I|S\.[CD]|W\.Va|D\.C)\.(?=[\s,;)]|$)|^,\s*(?:${US_STATES.join("|")})(?=[,.;)]|\s+(?:--|—|–)|$)`,
  "u",
);

/** Retypes as places the mentions followed by a US state (see STATE_AFTER). */
export function markTowns(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    // "Jim Clyburn, South Carolina, remained": a person listed with the state they represent.
    if (m.alias || m.type === "person" || m.type === "place" || m.titled || isKnownGivenName(m.words[0] ?? "")) continue;
    if (STATE_AFTER.test(text.slice(m.end, m.end + 40))) m.type = "place";
  }
}


/**
 * Words after which a name is where something is: "outside Kessingford", "near Danbury", "between
 * Kessingford and Danbury" (both). Not "in", "at" or "from", which firms and bodies follow as often
 * ("works at Microsoft", "a statement from Treasury").
 */
const PLACE_BEFORE = /(?:\b(?:near|outside|around|towards?|between|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+|\bbetween\s+\S+(?:\s+\S+)?\s+and\s+)$/iu;

/**
 * Marks the mentions written where a place goes (see PLACE_BEFORE): such a
 * word alone is a place, not the short form of a body named after it
 * ("Kessingford" is not "Kessingford Town Council"; name-forms.ts).
 */
export function markWrittenAsPlace(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type === "person" || m.titled) continue;
    if (PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 48), m.start))) m.writtenAsPlace = true;
  }
}

/**
 * Whether name words (normalised, lower case) name a news medium: a broadcaster or site known by a
 * short name ("CNN", "Politico"), or a name ending in a publication word ("ABC News", "Halden
 * Gazette"). `alone`: a publication word on its own is one too ("the Gazette", "the Post"), as it is
 * where a paper is the subject or the source of a report.
 */
export function namesNewsMedium(words: readonly string[], alone = false): boolean {
  const last = words.at(-1) ?? "";
  return MEDIA_NAMES.has(words.join(" ").replace(/^the /, "")) || ((words.length > 1 || alone) && PUBLICATION_WORDS.has(last));
}

/** Broadcasters and news sites known by a short name, besides names ending in a publication word ("ABC News", "The Hill"). */
const MEDIA_NAMES: ReadonlySet<string> = new Set(["cnn", "abc", "nbc", "cbs", "msnbc", "npr", "pbs", "ap", "reuters", "politico", "buzzfeed", "axios", "bloomberg", "hill", "fox", "bbc"]);
/** Before a medium that only carries a statement: "told ABC News", "in an interview with CNN", "according to Politico", "reported by the Hill". */
const CHANNEL_BEFORE = /\b(?:told|to|with|on|according to|by|in|citing)\s+(?:the\s+|The\s+)?$/u;
/** After it: "CNN reported", "Fox News' Sean Hannity", "The Hill's Bob Cusack". */
const CHANNEL_AFTER = /^(?:\s+(?:first\s+)?(?:reported|reports|said|says)\b|['’]s?\s+\p{Lu})/u;

/**
 * A news medium named only as the channel of a statement or a report — "Romney told ABC News",
 * "according to The Hill", "CNN reported", "Fox News' Sean Hannity" — is where it was said, not what
 * the story is about: such a mention is in passing (as a credit is dropped).
 */
export function markCitedMedia(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type === "person" || m.type === "place" || m.titled) continue;
    if (!namesNewsMedium(m.words)) continue;
    if (CHANNEL_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || CHANNEL_AFTER.test(text.slice(m.end, m.end + 24))) m.peripheral = true;
  }
}

/** Right before a full name, other given names joined to it: "Malia and ", "Donald, Eric and ". */
const GIVEN_NAMES_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{Ll}]+)(?:,\s+\p{Lu}[\p{Ll}]+)*,?\s+(?:and|&)\s+$/u;

/**
 * "Malia and Sasha Obama", "Bill and Hillary Clinton": the surname belongs to both, so the full name
 * written after the pair is marked; a lone "Obama" is then no shorthand for Sasha Obama
 * (resolve-entities.ts).
 */
export function markSharedSurnames(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.words.length !== 2 || m.type === "organization" || m.type === "place" || m.titled) continue;
    const before = GIVEN_NAMES_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1]?.toLowerCase() ?? "";
    if (isKnownGivenName(before) || FEMALE_GIVEN_NAMES.has(before)) m.sharedSurname = true;
  }
}
