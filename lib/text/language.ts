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
 * score, English with almost no function words, is still English there. Texts too
 * short to tell are taken as English, as before this check existed.
 */
import { franc } from "franc-min";

export interface TextLanguage {
  /** ISO 639-3 code ("eng", "deu"). */
  code: string;
  english: boolean;
}

export const ENGLISH: TextLanguage = Object.freeze({ code: "eng", english: true });

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

export function textLanguage(text: string): TextLanguage {
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS);
  // Words as runs of ASCII letters or of anything beyond ASCII: 3× faster than \p{L} and the same for
  // this count (only English words are looked up; the rest only need counting). This test is on every article.
  const words = sample.toLowerCase().match(/[a-z\u00c0-\uffff]+/g) ?? [];
  let letters = 0;
  for (const word of words) letters += word.length;
  if (letters < MIN_LETTERS && (sample.match(/[^\P{L}\p{Script=Latin}]/gu)?.length ?? 0) < MIN_OTHER_SCRIPT_LETTERS) return ENGLISH;
  const sampled = words.slice(0, SAMPLE_WORDS);
  const functionWords = sampled.filter((word) => FUNCTION_WORDS.has(word)).length;
  if (functionWords / sampled.length >= SURE_ENGLISH) return ENGLISH;
  const code = franc(sample);
  if (code === "eng" || code === "und") return ENGLISH;
  return { code, english: false };
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
