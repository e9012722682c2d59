/**
 * Quotations in an article. Outlets mix smart and straight marks (“…" is
 * common), nest single quotes inside double ones, and leave a quote open at
 * the end of a paragraph when it continues in the next; all of that is read
 * here so the rest of the code sees clean quote texts.
 */
import type { Passage } from "../text/types";
import { paragraphsOf, passagesIn, type Paragraph } from "./document-text";

export interface Quote {
  text: string;
  /** Passage indexes the quote covers. */
  passages: number[];
  /** The paragraph around it, where the attribution is. */
  paragraph: Paragraph;
  /** Span of the quoted text inside the paragraph. */
  start: number;
  end: number;
  /** Opened but never closed in its paragraph (continues, or a typo). */
  unclosed: boolean;
}

const DOUBLE_OPEN = new Set(["“", "„", "«"]);
const DOUBLE_CLOSE = new Set(["”", "»"]);
/** Every mark quoteSpans reacts to: the double ones, the straight one and the single smart ones. */
const QUOTE_MARK = /["“„«”»‘’]/g;

function isSpaceOrStart(ch: string | undefined): boolean {
  return ch === undefined || /[\s([{\u2014\u2013-]/.test(ch);
}

/** Top-level quoted spans of one paragraph (nested quotes stay inside their parent). */
export function quoteSpans(text: string): Array<{ start: number; end: number; unclosed: boolean }> {
  const spans: Array<{ start: number; end: number; unclosed: boolean }> = [];
  let depth = 0;
  let openAt = -1;
  let singleOpenAt = -1;
  // Only quotation marks change the state below: visit just those (a long paragraph has few).
  QUOTE_MARK.lastIndex = 0;
  for (let mark = QUOTE_MARK.exec(text); mark !== null; mark = QUOTE_MARK.exec(text)) {
    const i = mark.index;
    const ch = mark[0];
    const prev = i > 0 ? text[i - 1] : undefined;
    const next = text[i + 1];
    let opens = false;
    let closes = false;
    if (DOUBLE_OPEN.has(ch)) opens = true;
    else if (DOUBLE_CLOSE.has(ch)) closes = true;
    else if (ch === '"') {
      // A straight mark opens between a space and a word, and closes otherwise.
      if (isSpaceOrStart(prev) && next !== undefined && !/\s/.test(next)) opens = true;
      else closes = true;
    } else if (depth === 0 && ch === "‘" && isSpaceOrStart(prev)) {
      singleOpenAt = i;
      continue;
    } else if (depth === 0 && ch === "’" && singleOpenAt >= 0 && !/\p{L}/u.test(next ?? "")) {
      spans.push({ start: singleOpenAt + 1, end: i, unclosed: false });
      singleOpenAt = -1;
      continue;
    } else continue;

    if (opens) {
      if (depth === 0) openAt = i + 1;
      depth++;
      singleOpenAt = -1;
    } else if (closes) {
      if (depth === 0) {
        // A closing mark with no opener: the quote began with the paragraph (continued from the last one).
        if (spans.length === 0 && i > 0) spans.push({ start: 0, end: i, unclosed: false });
        continue;
      }
      depth--;
      if (depth === 0) spans.push({ start: openAt, end: i, unclosed: false });
    }
  }
  if (depth > 0 && openAt >= 0) spans.push({ start: openAt, end: text.length, unclosed: true });
  return spans;
}

function cleanQuote(text: string): string {
  return text.replace(/^[\s,;:]+|[\s,;:]+$/g, "");
}

export function extractQuotes(passages: readonly Passage[]): Quote[] {
  const quotes: Quote[] = [];
  for (const paragraph of paragraphsOf(passages)) {
    for (const span of quoteSpans(paragraph.text)) {
      const text = cleanQuote(paragraph.text.slice(span.start, span.end));
      if (!/\p{L}/u.test(text)) continue;
      const quote: Quote = { text, passages: passagesIn(paragraph, span.start, span.end), paragraph, start: span.start, end: span.end, unclosed: span.unclosed };
      const previous = quotes.at(-1);
      // A quotation left open at the end of a paragraph and taken up at the start of the next is one
      // quotation: news style reopens it in each paragraph and closes it once, before the attribution.
      if (previous?.unclosed && previous.paragraph !== paragraph && span.start <= 1 && previous.end >= previous.paragraph.text.length - 1) {
        quotes[quotes.length - 1] = { ...quote, text: `${previous.text} ${text}`, passages: [...previous.passages, ...quote.passages] };
        continue;
      }
      quotes.push(quote);
    }
  }
  return quotes;
}

/** Function words a title keeps in lower case ("Meet the Press", "Face the Nation"). */
const TITLE_SMALL_WORDS = new Set(["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as"]);

/**
 * A quoted title — a programme, a book, a slogan: "Fox News Sunday", "This
 * Week", "Atlas Shrugged" — names a work; it does not report what anyone
 * said, so it is no quotation to miss, and two paragraphs that name the same
 * programme are not one statement. The shape: two to six words, each
 * capitalised or a small function word, no sentence punctuation. (A
 * one-word quote is left alone: "Unacceptable," he said.)
 */
export function isQuotedTitle(text: string): boolean {
  if (/[.!?;:,]/.test(text)) return false;
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  return /^[\p{Lu}\d]/u.test(words[0]!) && words.every((w) => /^[\p{Lu}\d]/u.test(w) || TITLE_SMALL_WORDS.has(w));
}

/** A full stop that ends a sentence: not after a title or an initial ("Sen. Mark Warner", "John F. Kennedy", "U.S."). */
export const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Cmdr|Prof|Rev|St|Jr|Sr|Atty|Supt|No|Ft|Mt|[A-Z]))[.!?]\s+(?=[\p{Lu}“"])/u;

const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, "gu");

/**
 * Speech verbs. "continued" is one only where its clause ends ('Akin continued.', '“…,” he
 * continued, “…”'), not in "the brawl continued on Tuesday" or "his continued support". A
 * participle is one only after a comma ("…, saying “…”", "…, first telling CNN, “…”": what the
 * sentence's subject said); in "a statement saying that…" or "and saying" it is not the
 * attribution. "states" is the noun after a number or a quantifier, perhaps with an adjective
 * between ("five Midwestern states", "all 50 states"), or right after a determiner or an adjective
 * of region ("the states", "Southern states"): "runs 412 stores across five Midwestern states,
 * said …" had made "Midwestern" the speaker. "The report states that …" is still the verb.
 */
export const SPEECH_VERB =
  /\b(?:said|says|say|stated|(?<!\b(?:(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozen|several|many|some|few|other|all|both)\s+(?:[a-z-]+\s+)?|(?:these|those|the|member|united|gulf|baltic|swing|battleground|border|island|nation|neighbou?ring|[a-z]+ern)\s+))states|told|tells|added|adds|wrote|writes|declared|announced|insisted|warned|according to|noted|explained|asked|replied|tweeted|citing|called|claimed|claims|argued|argues|contended|asserted|acknowledged|vowed|remarked|derided|praised|expressed|complained|described|responded|continued(?=\s*(?:[.,:;]|$))|(?:was |is )?quoted as saying|recalled|recalls|recounted|admitted|admits|conceded|concedes|cautioned|stressed|emphasi[sz]ed|observed|quipped|joked|testified|countered|confirmed|alleged|urged|predicted|notes|explains|insists|warns|announces|lamented|boasted|reiterated|reiterates|commented|(?<=^\s*|,["”’]?\s+)comments|(?<=,\s*(?:(?:first|then|later|also|again|[a-z]+ly)\s+)?)(?:saying|adding|telling|writing|tweeting|noting|arguing|insisting|warning|declaring))\b/i;

/** A speech verb found in a text: where it starts, and its words as written. */
export interface VerbAt {
  index: number;
  text: string;
}

const SPEECH_VERBS = new RegExp(SPEECH_VERB.source, "gi");

/** Every speech verb of a text, in order (an article keeps its passages' lists: attribution is read per comparison). */
export function speechVerbsIn(text: string): VerbAt[] {
  const verbs: VerbAt[] = [];
  for (const m of text.matchAll(SPEECH_VERBS)) verbs.push({ index: m.index, text: m[0] });
  return verbs;
}

/**
 * The words around a quote where its speaker is named: after it ("…," the
 * ministry said) or, failing that, before it (Blinken said: "…").
 */
export function attributionWindow(q: Quote): string {
  const text = q.paragraph.text;
  let after = text.slice(q.end + 1, q.end + 140);
  const nextQuote = after.search(/["“«]/);
  if (nextQuote >= 0) after = after.slice(0, nextQuote);
  // The attribution after a quotation is in its own sentence: "The president has said he …" in the next one is not.
  const sentenceEnd = after.search(SENTENCE_END);
  if (sentenceEnd >= 0) after = after.slice(0, sentenceEnd + 1);
  // Back to the quotation before it in the paragraph, when one closes within 300 characters: in
  // '“…,” Mr. Trump told hundreds of thousands of … from the West Front of the Capitol. “…”' the
  // verb between them is the attribution of both.
  const reach = text.slice(Math.max(0, q.start - 301), Math.max(0, q.start - 1));
  const prevQuote = Math.max(reach.lastIndexOf('"'), reach.lastIndexOf("”"));
  const near = prevQuote >= 0 ? reach.slice(prevQuote + 1) : reach;
  // The quotation's own sentence when it has a verb: in "Republicans praised Lieberman. Sen. Marco
  // Rubio expressed “…”" the verb of the sentence before is not its attribution.
  const own = near.slice(lastSentenceStart(near));
  const ownVerb = SPEECH_VERB.exec(own);
  if (invertedAttribution(text.slice(q.start, q.end), after)) {
    const verbAfter = SPEECH_VERB.exec(after);
    // 'Trump asserted that he had “the absolute right…,” according to CNN': the sentence names its
    // speaker before the quotation; "according to" after it is where the report comes from.
    const onlySource = verbAfter !== null && /^according to$/i.test(verbAfter[0]) && ownVerb !== null && !/^according to$/i.test(ownVerb[0]);
    if (verbAfter && !onlySource) return after;
  }
  const before = ownVerb ? own : prevQuote >= 0 ? near : near.slice(-140);
  if (SPEECH_VERB.test(before) || /:\s*$/.test(before)) return before;
  return "";
}

/** Where the last sentence of `text` starts (0 when it holds no sentence end). */
function lastSentenceStart(text: string): number {
  let start = 0;
  for (let m = SENTENCE_ENDS.exec(text); m !== null; m = SENTENCE_ENDS.exec(text)) start = m.index + m[0].length;
  SENTENCE_ENDS.lastIndex = 0;
  return start;
}

/**
 * Whether the words after a quotation can be its attribution: news sets it off with a comma or
 * the quotation's own question or exclamation mark ('“…,” he said', '“…?” asked Smith'), or
 * writes a short clause after its full stop. In 'warned that a “debt crisis is coming” and
 * claimed…' or 'not “end” it, as the campaign claims' what follows goes on with the sentence,
 * and the attribution, if any, stands before.
 */
const VERB_FIRST = new RegExp(`^\\s*(?:${SPEECH_VERB.source})`, "i");

function invertedAttribution(quoted: string, after: string): boolean {
  // A quotation may close one inside it: "…our motto was 'E pluribus unum,'" Forbes said.
  const end = quoted.replace(/["”»’'\s]+$/, "").at(-1) ?? "";
  const rest = after.replace(/^["”»’']+/, "");
  // '…, said Tuesday, “…,” and predicted, “…”': a verb joined by "and" goes on with the subject named before.
  if (/^\s*,?\s*(?:and|but)\s/i.test(rest)) return false;
  if (/[,?!—–-]/.test(end) || /^\s*[,—–]/.test(rest)) return true;
  // '“…workflow efficiency” says André Neu': the comma left out, the verb right after the quotation still attributes it.
  if (VERB_FIRST.test(rest)) return true;
  // A full stop closes the sentence; only a short clause after it can still be the attribution ('“….” Durbin said.').
  return end === "." && rest.trim().length <= 60;
}
