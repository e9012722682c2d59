/**
 * Latin names inside Chinese, Japanese or Korean text. Those scripts are written without spaces, so
 * the tokeniser gives a Latin name and the sentence around it as one token ("PCをインストールすると");
 * the name recogniser (find-mentions.ts) reads only the Latin word of such a token.
 */
import { normalizeWord, type Token } from "../text/tokens";

/** Chinese, Japanese and Korean letters. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

/**
 * "Kindle for PCをインストールすると…", "今回はKindle": Japanese, Chinese and Korean are written without
 * spaces, so a Latin name runs into the text around it as one token; the name's word is the Latin part
 * ("PC", "Kindle"), cut where the other script begins. (The array is copied only when such a token is there.)
 */
export function withoutCapitalsRunningIntoCjk(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some(mixesCjk)) return tokens;
  return tokens.map((t) => {
    if (!mixesCjk(t)) return t;
    const latin = LATIN_WORD.exec(t.surface);
    const cut = latin ? { from: latin.index, to: latin.index + latin[0].length } : { from: 0, to: 0 };
    const surface = t.surface.slice(cut.from, cut.to);
    return { ...t, surface, norm: normalizeWord(surface), start: t.start + cut.from, end: t.start + cut.to, isCapitalized: /^\p{Lu}/u.test(surface) };
  });
}

/** A token with Chinese, Japanese or Korean at either end (the test on the end letters first: most tokens have none). */
function mixesCjk(t: Token): boolean {
  const s = t.surface;
  return (s.charCodeAt(0) >= 0x3040 || s.charCodeAt(s.length - 1) >= 0x3040) && CJK.test(s) && /\p{Lu}/u.test(s);
}

/** A word in Latin letters (with digits and the points of "Inc."). */
const LATIN_WORD = /[A-Za-z][A-Za-z0-9.'’-]*/;
