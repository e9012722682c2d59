/**
 * Whether an article is written in English, the language Lacuna's reading
 * of names, speakers and attributions is built for. Read by English rules, a
 * German article turns every noun into a "name" ("Entwurf", "Wirtschaft":
 * German capitalises nouns), and a French one takes "La" and "Le" for parts
 * of names; the analysis therefore reads names only in English text
 * (lib/omissions/article-reading.ts) and says so for the rest.
 *
 * Two steps, so the common case costs almost nothing: English function words
 * that no other Latin-script language uses much ("the", "of", "said"…) are
 * about a fifth of English news prose (median 0.19, lowest 0.12 in the
 * development data's 214 English articles and pages), and a text where they
 * are at least SURE_ENGLISH of the first words is English without further
 * ado (its 13 pages in other languages: at most 0.013). Below that, franc
 * (trigram profiles of 82 languages, franc-min) names the language; a box
 * score, English with almost no function words, is still English there. As
 * trigrams take some English lists for French or Spanish (race results, a
 * roll of names), a Latin-script language must also show its own function
 * words (OWN_FUNCTION_WORDS) to be believed. Texts too short to tell, and
 * lists that show no language's function words, are UNDETERMINED.
 */
import { createRequire } from "node:module";

type Franc = (typeof import("franc-min"))["franc"];
let francMemo: Franc | undefined;
/**
 * franc, loaded on first use: importing it builds trigram tables for 82
 * languages (~15 ms), which most processes never need, as English text is
 * told by its function words alone. A one-off `lacuna compare` of two English
 * articles, a worker thread and the server start without it.
 */
function franc(text: string): string {
  francMemo ??= (createRequire(import.meta.url)("franc-min") as typeof import("franc-min")).franc;
  return francMemo(text);
}

export interface TextLanguage {
  /** ISO 639-3 code ("eng", "deu"). */
  code: string;
  english: boolean;
}

export const ENGLISH: TextLanguage = Object.freeze({ code: "eng", english: true });
/**
 * Too short, or too much a list, to tell: read as English (names by English
 * rules, as every text was before this check), and compared with an article
 * in any language (a German report and a two-line German snippet).
 */
export const UNDETERMINED: TextLanguage = Object.freeze({ code: "und", english: true });

/** Whether two texts can be compared word for word: the same language, or one of them undetermined. */
export function sameLanguage(a: TextLanguage, b: TextLanguage): boolean {
  return a.code === b.code || a.code === UNDETERMINED.code || b.code === UNDETERMINED.code;
}

/** Share of function words above which a text is English without asking franc. */
const SURE_ENGLISH = 0.08;
/** Characters read (franc itself reads 2,048), and words of them counted for that share. */
const LANGUAGE_SAMPLE_CHARS = 2_500;
const SAMPLE_WORDS = 400;
/**
 * Fewer letters than this and a text is too short to tell, unless enough of
 * them are in another script than Latin (a script alone says much: 50 kana
 * and kanji are a Japanese sentence or two).
 */
const MIN_LETTERS = 200;
const MIN_OTHER_SCRIPT_LETTERS = 50;

// Frequent English function words that are not also common words of another Latin-script language
// ("a", "in", "is", "to", "on", "as", "at", "was", "also", "by", "for" are: Portuguese, Dutch, French, Polish, German, Danish…).
const FUNCTION_WORDS = new Set(
  "the of and that with said from his her they this who which their its been after would about than were are have not but she".split(" "),
);

/**
 * The most frequent function words of the Latin-script languages franc
 * names most often, for the second look below. A language not listed here
 * is not confirmed: its text stays read as English, as before this check.
 */
const OWN_FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({
    deu: "der die das und ist nicht mit von zu den dem ein eine auch sich auf für im des",
    fra: "le la les de des et est un une du en que qui pour dans sur pas au avec",
    spa: "el la los las de del y que en un una por con para es se al lo",
    por: "o a os as de do da dos das e que em um uma para com no na não é se",
    ita: "il la le di e che un una del della per con non in è si lo gli dei",
    nld: "de het een en van is dat op te in zijn niet met voor er die",
    pol: "i w na z się nie do to że jest o jak po za od",
    tur: "ve bir bu da de ile için olarak çok daha ne gibi olan",
    ron: "și în de la cu a o pe din care un că nu mai",
    swe: "och i att det som en på är av för med till den har inte",
    ces: "a v se na je že s z do to o jako ale",
    hun: "a az és hogy nem is egy van meg ez",
    vie: "của và các là có được trong cho những với một người không",
    ind: "yang dan di ini itu dengan untuk dari dalam tidak akan pada",
    zlm: "yang dan di ini itu dengan untuk dari dalam tidak akan pada",
  }).map(([code, words]) => [code, new Set(words.split(" "))]),
);

/** The opening a text is read from, and its words, lower-cased. */
function sampleOf(text: string): { sample: string; words: string[] } {
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS);
  // Words as runs of ASCII letters or of anything beyond ASCII: 3× faster than \p{L} and the same for
  // this count (only English words are looked up; the rest only need counting). This test is on every article.
  return { sample, words: sample.toLowerCase().match(/[a-z\u00c0-\uffff]+/g) ?? [] };
}

/** The first step's figure: the share of English function words among the first words (for the evaluation script). */
export function englishShare(text: string): number {
  return shareOf(sampleOf(text).words.slice(0, SAMPLE_WORDS), FUNCTION_WORDS);
}

export function textLanguage(text: string): TextLanguage {
  const { sample, words } = sampleOf(text);
  let letters = 0;
  for (const word of words) letters += word.length;
  // Letters of other scripts than Latin, counted only where needed (a Unicode-property pattern is the slow part).
  let otherScriptMemo: number | undefined;
  const otherScript = () => (otherScriptMemo ??= sample.match(/[^\P{L}\p{Script=Latin}]/gu)?.length ?? 0);
  if (letters < MIN_LETTERS && otherScript() < MIN_OTHER_SCRIPT_LETTERS) return UNDETERMINED;
  const sampled = words.slice(0, SAMPLE_WORDS);
  if (shareOf(sampled, FUNCTION_WORDS) >= SURE_ENGLISH) return ENGLISH;
  const code = franc(sample);
  if (code === "eng") return ENGLISH;
  if (code === "und") return UNDETERMINED;
  // Trigrams alone take an English list (race results, a roll of names) for French or Spanish: a Latin-script
  // text must also show that language's own function words, as English prose shows English ones.
  if (otherScript() * 2 < letters) {
    const own = OWN_FUNCTION_WORDS[code];
    if (!own || shareOf(sampled, own) < SURE_ENGLISH) return UNDETERMINED;
  }
  return { code, english: false };
}

function shareOf(words: readonly string[], among: ReadonlySet<string>): number {
  if (words.length === 0) return 0;
  let n = 0;
  for (const word of words) if (among.has(word)) n++;
  return n / words.length;
}

/** The language of an article given as its passages' texts: its opening is enough to tell. */
export function openingLanguage(texts: Iterable<string>): TextLanguage {
  // Joining a 250,000-word article to read its first 2,500 characters would cost more than the reading.
  let opening = "";
  for (const text of texts) {
    opening += (opening ? "\n" : "") + text;
    if (opening.length >= LANGUAGE_SAMPLE_CHARS) break;
  }
  return textLanguage(opening);
}
