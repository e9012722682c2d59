/**
 * What happens to what a figure counts, read from the word that governs it
 * in its clause: "hold at least 240 seats" are seats held, "lost nearly 60
 * seats" seats lost, "Seven people died" deaths, "injuring four people"
 * injuries. Two figures of one noun are not one quantity when these words
 * mean different things: seats held are not seats lost (a level is not a
 * change of it), a gain is not a loss, deaths are not injuries.
 *
 * Only a known word rules a pair out. A word the lexicon does not know may
 * mean anything, the same as the other side's: "cut $950 billion from
 * Medicare" against "taken more than $700 billion out of Medicare" is one
 * quantity, and so are "striking four people" and "Six people were injured".
 *
 * The word is looked for next to the figure, as a reader finds it: before it
 * past bounds and articles ("lost more than 60", "a loss of 60", "killing at
 * least 12"), or after the counted noun past auxiliaries ("Nine workers were
 * hurt"); never past a comma or another clause mark. A lexicon, not a
 * parser: what it does not know it leaves as it was.
 */
import { normalizeWord, stemWord, type Token } from "../text/tokens";

type Change = "gain" | "loss";
/** What a governing word says: a level held, a change up or down, or what befell the things counted. */
export type FigureRole = "level" | Change | "death" | "injury" | "arrest" | "missing" | "presence" | "evacuation" | "rescue" | "treatment";

const WORDS: Readonly<Record<FigureRole, string>> = {
  level: "hold holds held holding keep keeps kept keeping retain retains retained retaining remain remains remained control controls controlled controlling own owns owned total totals totaled totaling won win wins winning has have had having with",
  gain: "gain gained gaining gains rose rise rises risen rising increase increased increasing grew grow grows grown growing added adding flipped flip flips picked climbed climb jumped jump surged surge raise raised raises raising boosted boost",
  loss: "lost lose loses losing loss losses fell fall falls fallen falling dropped drop drops dropping declined decline declines decreased decrease reduced reduce reduction cut cuts cutting slashed slash shed sheds shrank shrink shrunk eliminated",
  death: "killed kill kills killing died die dies dying dead death deaths fatalities fatality perished perish drowned",
  injury: "injured injure injures injuring injury injuries hurt wounded wound wounding",
  arrest: "arrested arrest arrests arresting detained detain detaining",
  missing: "missing",
  // Where the things counted were or what they did, a level of something else than what befell them:
  // "140 people were working the night shift" are not "30 people were injured".
  presence: "working employed employ employs employing aboard attended attending attend gathered gathering living lived housed sheltering sheltered",
  evacuation: "evacuated evacuate evacuating evacuation displaced fled flee fleeing",
  rescue: "rescued rescue rescuing",
  treatment: "treated hospitalised hospitalized admitted",
};

const ROLE_BY_STEM: ReadonlyMap<string, FigureRole> = new Map(
  (Object.entries(WORDS) as Array<[FigureRole, string]>).flatMap(([role, words]) => words.split(" ").map((w) => [stemWord(normalizeWord(w)), role] as const)),
);

/** Right before a figure, a change by itself: "up 5 percent", "down 3 points". */
const DIRECTION_BEFORE: Readonly<Record<string, Change>> = { up: "gain", down: "loss" };
/** Right after a figure (or its unit), a change by itself: "60 more seats", "5 percent lower". */
const DIRECTION_AFTER: Readonly<Record<string, Change>> = { more: "gain", higher: "gain", fewer: "loss", less: "loss", lower: "loss" };
/** Comparatives that with "than" make a bound, no change: "more than 60". */
const COMPARATIVES: ReadonlySet<string> = new Set(["more", "fewer", "less"]);
/** Before "to": a bound, no level ("up to 60", "close to 60"). */
const BOUND_TO: ReadonlySet<string> = new Set(["up", "close"]);

/** Words between a governing word and the figure it governs: bounds, articles, "a loss of", "rose by". */
const SKIP_BEFORE: ReadonlySet<string> = new Set(
  "a an at least most nearly almost about around roughly approximately some estimated just only over under upwards of by than another further additional as many much few its their his her".split(" "),
);
/** Words between a counted noun and its verb: "Nine workers were hurt", "people who have died". */
const SKIP_AFTER: ReadonlySet<string> = new Set(
  "were was are is be been being has have had will would could may might also reportedly all who that percent percentage pct point points now since already later subsequently eventually still so far".split(" "),
);

/** Marks that end a clause between two words: a governing word is not looked for past them. */
const CLAUSE_BREAK = /[,;:()\u2013\u2014!?]|\.(?:\s|$)/;

/** Tokens read on each side, at most: a governing word is next to its figure or nowhere. */
const REACH = 5;

/** The role a word says by itself ("killed", "injured", "lost"), if the lexicon knows it. */
export function roleOfWord(t: Token): FigureRole | undefined {
  return t.isNumber ? undefined : ROLE_BY_STEM.get(t.stem);
}

/** Lives, counted or lost, are deaths: "12 lives", "lost their lives" (by its form: "live" is also a verb). */
const LIVES: ReadonlySet<string> = new Set(["lives", "life"]);
const POSSESSIVES: ReadonlySet<string> = new Set(["their", "his", "her", "its"]);

/** Whether tokens from `i` on say "lives", past a possessive: what "lost" or "claimed" before them took. */
function livesAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t && POSSESSIVES.has(t.norm)) return LIVES.has(tokens[i + 1]?.norm ?? "");
  return t !== undefined && LIVES.has(t.norm);
}

/** The role read before a figure starting at `start`: none past "to" or "from", which make it a level ("rose to 12"). */
function roleBefore(tokens: readonly Token[], text: string, start: number): FigureRole | undefined {
  let i = tokens.findLastIndex((t) => t.end <= start);
  let boundary = start;
  // After "by", what changed comes between the verb and the figure: "raised its budget by $4 million".
  let by = false;
  for (let read = 0; i >= 0 && read < REACH; i--, read++) {
    const t = tokens[i] as Token;
    if (CLAUSE_BREAK.test(text.slice(t.end, boundary))) return undefined;
    boundary = t.start;
    const next = tokens[i + 1];
    // Not before "to": "up to 60" was read as a bound when its "to" was.
    if (DIRECTION_BEFORE[t.norm]) return DIRECTION_BEFORE[t.norm];
    // "rose to 12", "fell from 10": the level reached or left, not the change; "up to 60", "close to 60" a bound.
    if (t.norm === "to" || t.norm === "from") {
      if (BOUND_TO.has(tokens[i - 1]?.norm ?? "")) {
        i--;
        read++;
        continue;
      }
      return undefined;
    }
    if (COMPARATIVES.has(t.norm) && next?.norm === "than") continue;
    if (t.norm === "by") by = true;
    if (SKIP_BEFORE.has(t.norm)) continue;
    const role = roleOfWord(t);
    if (role || !by) return role;
  }
  return undefined;
}

/** Where people counted are, after "on": "on the night shift", "on duty", "on board". */
const ON_PLACES: ReadonlySet<string> = new Set(["shift", "shifts", "duty", "board", "payroll", "site", "premises"]);

/** Whether one of ON_PLACES comes within three words from `i` ("the night shift"). */
function onPlace(tokens: readonly Token[], i: number): boolean {
  return tokens.slice(i, i + 3).some((t) => ON_PLACES.has(t.norm));
}

/** Words opening a clause that says what caused what the sentence said before: "rose to 15 after three workers died". */
const CAUSES: ReadonlySet<string> = new Set(["after", "following", "as"]);
/** A sentence ends between two words: a change is not looked for past it. */
const SENTENCE_BREAK = /[;!?]|\.(?:\s|$)/;

/**
 * The change a figure is the amount of, when it opens a clause giving the
 * cause of a change said before it in the sentence: in "the death toll rose
 * to 15 after three workers died", three are the deaths added, not a toll
 * ("Twelve workers were killed" is a toll, and no conflict with them).
 */
function causeOfChange(tokens: readonly Token[], text: string, start: number): Change | undefined {
  let i = tokens.findLastIndex((t) => t.end <= start);
  // Past bounds and articles only: "after another three", "following at least 12".
  while (i >= 0 && SKIP_BEFORE.has((tokens[i] as Token).norm)) i--;
  const cause = tokens[i];
  if (!cause || !CAUSES.has(cause.norm) || SENTENCE_BREAK.test(text.slice(cause.end, start))) return undefined;
  let boundary = cause.start;
  for (let j = i - 1, read = 0; j >= 0 && read < 3 * REACH; j--, read++) {
    const t = tokens[j] as Token;
    if (SENTENCE_BREAK.test(text.slice(t.end, boundary))) return undefined;
    boundary = t.start;
    const role = roleOfWord(t);
    if (role === "gain" || role === "loss") return role;
  }
  return undefined;
}

/** The role read after a figure ending at `end`: a change word right after it, else the counted noun or the verb after it, a level only when nothing more is said. */
function roleAfter(tokens: readonly Token[], text: string, end: number): FigureRole | undefined {
  let i = tokens.findIndex((t) => t.start >= end);
  let boundary = end;
  let content = 0;
  let level: FigureRole | undefined;
  for (let read = 0; i >= 0 && i < tokens.length && read < REACH && content < 2; i++, read++) {
    const t = tokens[i] as Token;
    if (CLAUSE_BREAK.test(text.slice(boundary, t.start))) return level;
    boundary = t.end;
    if (content === 0 && DIRECTION_AFTER[t.norm]) return tokens[i + 1]?.norm === "than" ? undefined : DIRECTION_AFTER[t.norm];
    if (SKIP_AFTER.has(t.norm)) continue;
    // "140 workers were on the night shift", "43 people on board": where they were.
    if (t.norm === "on" && onPlace(tokens, i + 1)) return "presence";
    // "60 seats with…": a function word here ends what is said of the figure.
    if (!t.isContent) return level;
    if (LIVES.has(t.norm)) return "death";
    const word = roleOfWord(t);
    const role = word === "loss" && livesAt(tokens, i + 1) ? "death" : word;
    // A level word is read past, for what it may say more of ("remain missing").
    if (role === "level") level = role;
    else if (role) return role;
    else content++;
  }
  return level;
}

/** Tokens before `start` in its clause, nearest first, at most `reach`. */
function clauseBefore(tokens: readonly Token[], text: string, start: number, reach: number): Token[] {
  const out: Token[] = [];
  let boundary = start;
  for (let i = tokens.findLastIndex((t) => t.end <= start); i >= 0 && out.length < reach; i--) {
    const t = tokens[i] as Token;
    if (CLAUSE_BREAK.test(text.slice(t.end, boundary))) break;
    out.push(t);
    boundary = t.start;
  }
  return out;
}

const words = (list: string): ReadonlySet<string> => new Set(list.split(" "));
/** Bounds between a toll's verb and its figure: "rose to at least 15", "stood at more than 30". */
const TOLL_BOUNDS = words("least most nearly almost about around roughly approximately some estimated just only over more than");
/** Verbs by which a toll comes to a figure before "to" or "at": "rose to 15", "stood at 9". */
const TOLL_VERBS = words("rose rise rises risen rising climbed climb climbs climbing jumped jump jumps jumping increased increase increases increasing grew grown growing surged soared stood stand stands standing");
/** Verbs by which a toll is its figure, right before it: "reached 30", "topped 100". */
const TOLL_REACHED = words("reached reach reaches reaching hit hits topped tops passed exceeded numbered");
/** A copula says the toll is its figure ("the death toll is 15") only of a toll or a number of, not of "the injured". */
const COPULAS = words("is was were are");
/** Between a toll and its verb: "has now risen to". */
const TOLL_AUXILIARIES = words("has have had been now already since then further officially");
/** Heads of a count of people something befell: "the number of dead", "the tally of people injured". */
const COUNT_HEADS = words("number count tally toll");
/** Nouns that are by themselves a count of what befell people, as a subject: "Deaths rose to 15". */
const COUNTED_NOUNS = words("deaths fatalities injuries arrests");
/** What a toll can count: what befell people, not a level or a change of something else ("the number of stores"). */
const TOLL_ROLES: ReadonlySet<FigureRole> = new Set(["death", "injury", "arrest", "missing", "evacuation", "rescue", "treatment"]);

function tollWord(t: Token | undefined): FigureRole | undefined {
  const role = t && roleOfWord(t);
  return role && TOLL_ROLES.has(role) ? role : undefined;
}

/**
 * What the subject ending at `back[k]` (tokens nearest first) counts, when it
 * is a toll: "the death toll" (a toll is of deaths unless a word says
 * otherwise: "the injury toll"), "the number of (people) injured". `weak`
 * also takes a plural that is its own count ("Deaths", "fatalities") and
 * "the dead", "the injured", which are people as often as their number.
 */
function tollSubject(back: readonly Token[], k: number, weak: boolean): FigureRole | undefined {
  const role = tollHead(back, k, weak);
  if (role) return role;
  // Past what it is the toll of: "the death toll from Friday's blast rose to 15".
  for (let j = k + 1; j < k + 2 * REACH && j < back.length; j++) {
    const found = TOLL_OF.has((back[j] as Token).norm) ? tollHead(back, j + 1, weak) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** Prepositions after a toll that say what it is the toll of: "the toll from the blast", "the number of dead in Gaza". */
const TOLL_OF = words("from in at after since among");

function tollHead(back: readonly Token[], k: number, weak: boolean): FigureRole | undefined {
  const tail = back[k];
  if (!tail) return undefined;
  if (tail.norm === "toll") return tollWord(back[k + 1]) ?? "death";
  for (let j = k + 1; j <= k + 3; j++) {
    if (back[j]?.norm !== "of" || !COUNT_HEADS.has(back[j + 1]?.norm ?? "")) continue;
    return back.slice(k, j).map(tollWord).find((role) => role !== undefined);
  }
  if (!weak) return undefined;
  if (COUNTED_NOUNS.has(tail.norm) || back[k + 1]?.norm === "the") return tollWord(tail);
  return undefined;
}

/** Whether the figure at `start`–`end` is a count of nothing written: all number words, no "dollars", "percent" or "%" after. */
function bareCount(tokens: readonly Token[], text: string, start: number, end: number): boolean {
  const inside = tokens.filter((t) => t.start >= start && t.end <= end);
  return inside.length > 0 && inside.every((t) => t.isNumber) && !/[$€£¥%]/u.test(text.slice(start, end)) && !/^\s*(?:%|percent|per cent|pct)/i.test(text.slice(end));
}

/**
 * What a figure reached by a toll counts: the toll comes before the verb
 * ("the death toll rose to 15", "the number of injured climbed to 40", "the
 * toll stood at 9", "bringing the toll to 15", "a death toll of 15"), and
 * the figure itself counts nothing after it. Only a bare count: "the
 * economic toll reached $5 billion" is money.
 */
export function tollRole(tokens: readonly Token[], text: string, start: number, end: number): FigureRole | undefined {
  if (!bareCount(tokens, text, start, end)) return undefined;
  const back = clauseBefore(tokens, text, start, 4 * REACH);
  let k = 0;
  while (back[k] && (TOLL_BOUNDS.has((back[k] as Token).norm) || (back[k]?.norm === "at" && (back[k - 1]?.norm === "least" || back[k - 1]?.norm === "most")))) k++;
  const link = back[k]?.norm ?? "";
  k++;
  // "a death toll of 15", "bringing the toll to 15", "put the toll at 9": the toll right before.
  if (link === "of") return tollSubject(back, k, false);
  if (link === "to" || link === "at") {
    const direct = tollSubject(back, k, false);
    if (direct) return direct;
    if (!TOLL_VERBS.has(back[k]?.norm ?? "")) return undefined;
  } else if (!TOLL_REACHED.has(link) && !COPULAS.has(link)) return undefined;
  const copula = COPULAS.has(link);
  while (back[k] && (TOLL_VERBS.has((back[k] as Token).norm) || TOLL_AUXILIARIES.has((back[k] as Token).norm))) k++;
  return tollSubject(back, k, !copula);
}

/**
 * What happens to what a figure (at `start`–`end` of `text`, whose tokens
 * are `tokens`) counts, when a word next to it says. A level ("have", "with",
 * "remain") says less than what befell the things counted, wherever that is:
 * "with 12 dead" are deaths, "12 people remain missing" missing.
 */
export function figureRole(tokens: readonly Token[], text: string, start: number, end: number): FigureRole | undefined {
  const change = causeOfChange(tokens, text, start);
  if (change) return change;
  // "lost 12 lives", "claimed 12 lives": deaths, whatever the verb says.
  if (livesAt(tokens, tokens.findIndex((t) => t.start >= end))) return "death";
  // "the death toll rose to 15": what the toll counts, not a level of nothing named.
  const toll = tollRole(tokens, text, start, end);
  if (toll) return toll;
  const before = roleBefore(tokens, text, start);
  if (before !== undefined && before !== "level") return before;
  return roleAfter(tokens, text, end) ?? before;
}

/**
 * Whether figures with these roles may measure one quantity: the same role,
 * or a side whose governing word is not known (it may mean the other's).
 */
export function sameRole(a: FigureRole | undefined, b: FigureRole | undefined): boolean {
  return a === b || a === undefined || b === undefined;
}
