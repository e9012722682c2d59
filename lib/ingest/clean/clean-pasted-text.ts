/**
 * Cleans text a user copied from a web page (select all → copy) into article
 * blocks: page chrome (menus, app prompts, share bars, tag lists, disclaimers,
 * related-story lists, repeated paragraphs) is dropped, the byline and date
 * are lifted out, captions and sub-headings are kept but marked. Plain text
 * without chrome passes through with only its whitespace normalised.
 */
import type { Block, BlockRole } from "../../text/types";
import { readerWordCount } from "../../text/unspaced-words";
import {
  DATE_PREFIX,
  endsLikeSentence,
  isAttribution,
  isCaption,
  isDisclaimer,
  isGluedTeaser,
  isInlineReadAlso,
  isLabelLike,
  isMenuLine,
  isPrompt,
  isRelatedHeading,
  isTagLine,
  looksGlued,
  matchByline,
} from "./chrome-rules";
import { isReporterCredit } from "./credit-line";
import { looksLikeMarkdown, markdownToText } from "./markdown";
import { normalizeWhitespace, splitParagraphs } from "./normalize-pasted";
import { findDate } from "./parse-date";
import { markIssuerBoilerplate } from "./issuer-boilerplate";
import { markReleaseMetadata } from "./release-metadata";

export interface CleanedText {
  blocks: Block[];
  /** Every input line left out of `blocks`, in input order (metadata lines too: their values are returned below). */
  removed: string[];
  /** ISO 8601 (with zone when the text states one). */
  publishedAt?: string;
  byline?: string;
  /**
   * The headline, when the text shows one: above its byline or dateline, or
   * as a short unpunctuated first line followed by the article's paragraphs.
   */
  title?: string;
  /** The page's address, when the text records it (a web clipper's front matter); http(s) only. */
  url?: string;
  /** Set when the text labels itself a press release ("For immediate release"), a clue to the outlet's kind. */
  pressRelease?: true;
}

type Kind = BlockRole | "drop";

interface Unit {
  text: string;
  kind: Kind;
  /** Metadata cut from the front of a kept paragraph ("date 2021-05-04 "). */
  cutPrefix?: string;
}

const PROSE_WORDS = 20;
const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/gi;
const wordCount = readerWordCount;
const isProse = (u: Unit): boolean => u.kind === "body" && (wordCount(u.text) >= PROSE_WORDS || endsLikeSentence(u.text));
const sameText = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** Byline, dateline and title at the head of the text (before the first prose paragraph). */
function liftMetadata(units: Unit[], out: CleanedText): void {
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const prefix = DATE_PREFIX.exec(unit.text);
    if (prefix) {
      const rest = unit.text.slice(prefix[0].length);
      const date = findDate(rest);
      if (date && date.start === 0) {
        out.publishedAt ??= date.iso;
        const remainder = rest.slice(date.end).replace(/^[\s|,·•–—-]+/, "");
        // A metadata prefix glued to the first paragraph ("date 2021-05-04 Japanese …"): keep the paragraph.
        if (wordCount(remainder) >= 4) {
          unit.cutPrefix = unit.text.slice(0, unit.text.length - remainder.length).trim();
          unit.text = remainder;
        } else {
          unit.kind = "drop";
          takeTitle(units, i, out);
        }
        if (isProse(unit)) return;
        continue;
      }
    }
    // A line that is only a date ("Tuesday, 4 May 2021, 07:45 IST") is a dateline.
    const bare = findDate(unit.text);
    if (bare && wordCount(unit.text) <= 10) {
      const rest = (unit.text.slice(0, bare.start) + unit.text.slice(bare.end)).replace(WEEKDAY, " ").replace(/[^\p{L}]+/gu, " ").trim();
      if (rest === "" || /^(?:updated|published|posted|last updated)$/i.test(rest)) {
        out.publishedAt ??= bare.iso;
        unit.kind = "drop";
        takeTitle(units, i, out);
        continue;
      }
    }
    const byline = matchByline(unit.text);
    if (byline) {
      out.byline ??= byline;
      const date = findDate(unit.text);
      if (date) out.publishedAt ??= date.iso;
      unit.kind = "drop";
      takeTitle(units, i, out);
      continue;
    }
    if (isProse(unit)) return;
  }
}

/**
 * The headline-like line right above a byline/dateline is the title, unless
 * it is a standfirst: a second headline-like line under the text's first one
 * ("Mint Street blinks first…" / "A divided committee lifts borrowing
 * costs…" / "By …"). The first line is then the title, as the page shows it,
 * and the standfirst stays in the text.
 */
function takeTitle(units: Unit[], at: number, out: CleanedText): void {
  if (out.title) return;
  const kept = (j: number) => units.slice(0, j).filter((u) => u.kind !== "drop");
  for (let j = at - 1; j >= 0; j--) {
    const prev = units[j]!;
    if (prev.kind === "drop") continue;
    if (isLabelLike(prev.text, 25) && wordCount(prev.text) >= 3) {
      const above = kept(j);
      const first = above.length === 1 ? above[0]! : undefined;
      const headline = first && classify(first.text) === "body" && isLabelLike(first.text, 25) && wordCount(first.text) >= 3 ? first : prev;
      out.title = headline.text;
      headline.kind = "drop";
    }
    return;
  }
}

/**
 * The text's first line as its headline, taken out of the body: a pasted
 * page starts with its headline, and kept as a passage it aligned with
 * another outlet's sentence ("moved") or stood alone as an item of its own.
 * It is the headline when it is the title the analyst typed (compared
 * loosely: case, quotes, dashes, spacing, end punctuation), or, when no
 * title was found yet, when it reads as one: short, no full stop, and
 * followed by a paragraph of prose (at most one short line between). A text
 * that is only a headline keeps it.
 */
function takeLeadingHeadline(units: Unit[], out: CleanedText, typedTitle: string | undefined): void {
  const at = units.findIndex((u) => u.kind !== "drop" && classify(u.text) === "body" && wordCount(u.text) >= 3);
  if (at < 0) return;
  const first = units[at]!;
  // What follows: a paragraph, or a line naming the source ("Ministry of Environment and Climate") and then one.
  const following = units.slice(at + 1).filter((u) => u.kind !== "drop").slice(0, 2);
  if (following.length === 0) return;
  const typed = typedTitle ? sameText(typedTitle) : "";
  const isTyped = typed !== "" && sameText(first.text) === typed;
  const readsAsHeadline = !out.title && isLabelLike(first.text, 25) && following.some(isProse);
  if (!isTyped && !readsAsHeadline) return;
  out.title ??= first.text;
  first.kind = "drop";
}

function classify(text: string): Kind {
  if (isMenuLine(text) || isPrompt(text) || isDisclaimer(text) || isTagLine(text) || isAttribution(text) || isInlineReadAlso(text) || isGluedTeaser(text))
    return "drop";
  if (isCaption(text)) return "caption";
  if (/^(?:[-•*·▪►–]|\d{1,2}[.)])\s+\S/.test(text)) return "list-item";
  return "body";
}

/** An http(s) address as written, or undefined: a recorded source may be anything ("Kyodo", "file:///…"). */
function webAddress(value: string | undefined): string | undefined {
  if (!value || !URL.canParse(value)) return undefined;
  const url = new URL(value);
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
}

export interface CleanOptions {
  /** The title the analyst typed: a first line repeating it is the headline, not a passage. */
  title?: string;
}

export function cleanPastedText(raw: string, options: CleanOptions = {}): CleanedText {
  const out: CleanedText = { blocks: [], removed: [] };
  const normalized = normalizeWhitespace(raw);
  // A page saved as Markdown by a web clipper: read as the text it shows, its "# Headline" the title.
  const markdown = looksLikeMarkdown(normalized) ? markdownToText(normalized) : undefined;
  if (markdown?.title) out.title = markdown.title;
  if (markdown?.byline) out.byline = markdown.byline;
  const published = markdown?.published ? findDate(markdown.published) : null;
  if (published) out.publishedAt = published.iso;
  const url = webAddress(markdown?.source);
  if (url) out.url = url;
  const units: Unit[] = splitParagraphs(markdown?.text ?? normalized).map((text) => ({ text, kind: "body" }));
  // A press release's header and footer ("For immediate release", "From: …", "Media enquiries: …", "ENDS" and the
  // notes to editors after it) go first: "For immediate release" must not be taken for the headline.
  const release = markReleaseMetadata(units.map((u) => u.text));
  units.forEach((u, i) => {
    if (release.drop.has(i) || i >= release.cutFrom) u.kind = "drop";
  });
  if (release.publishedAt) out.publishedAt ??= release.publishedAt;
  if (release.labelled) out.pressRelease = true;
  liftMetadata(units, out);
  takeLeadingHeadline(units, out, options.title);

  const seen = new Set<string>();
  const totalChars = units.reduce((n, u) => n + u.text.length, 0);
  let cutFrom = units.length;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.kind === "drop") continue;
    if (isRelatedHeading(unit.text)) {
      unit.kind = "drop";
      // Everything after a related-stories heading is teaser links, once the article has begun and
      // past its middle; earlier, such a heading may be a sub-heading ("More from the minister"), so only it goes.
      const before = units.slice(0, i);
      const charsBefore = before.reduce((n, u) => n + u.text.length, 0);
      if (before.some(isProse) && charsBefore >= 0.5 * totalChars) {
        cutFrom = i;
        break;
      }
      continue;
    }
    unit.kind = classify(unit.text);
    // The reporters' credits closing a story, however long ("Reporting by … in …; Additional reporting by …; Editing by …").
    if (i >= units.length - 3 && isReporterCredit(unit.text)) unit.kind = "drop";
    const key = sameText(unit.text);
    if (unit.kind !== "drop" && key.length > 0) {
      // A paragraph repeated verbatim is a pull quote, a sticky lead or a duplicated teaser.
      if (seen.has(key)) unit.kind = "drop";
      seen.add(key);
    }
  }
  for (let i = cutFrom; i < units.length; i++) units[i]!.kind = "drop";

  // A press release's "About <Company>" section and forward-looking-statement disclaimer: kept, shown set apart, never
  // analysed. Marked before the edges below, so the footer labels after it ("SOURCE Acme") go as any footer does.
  const end = Math.min(cutFrom, release.cutFrom);
  const dropped = new Set(units.flatMap((u, i) => (u.kind === "drop" ? [i] : [])));
  for (const i of markIssuerBoilerplate(units.slice(0, end).map((u) => u.text), dropped)) if (units[i]!.kind !== "drop") units[i]!.kind = "boilerplate";

  // Teaser lists glued from a label and a headline, when several lines in a row show the glue.
  for (let i = 0; i < units.length; i++) {
    let j = i;
    while (j < units.length && units[j]!.kind === "body" && looksGlued(units[j]!.text) && !endsLikeSentence(units[j]!.text)) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) units[k]!.kind = "drop";
    i = Math.max(i, j);
  }

  // Menu entries and labels above the first and below the last prose paragraph.
  const kept = units.map((u, i) => (isProse(u) ? i : -1)).filter((i) => i >= 0);
  const firstProse = kept[0] ?? units.length;
  const lastProse = kept[kept.length - 1] ?? -1;
  units.forEach((u, i) => {
    if (u.kind !== "body" || isProse(u)) return;
    if (i < firstProse && wordCount(u.text) <= 3 && isLabelLike(u.text)) u.kind = "drop";
    else if (i > lastProse && lastProse >= 0 && isLabelLike(u.text, 6)) u.kind = "drop";
    // Short unpunctuated lines between paragraphs are sub-headings ("…:" introduces a quote, so stays body).
    else if (isLabelLike(u.text, 15) && !/:$/.test(u.text)) u.kind = "heading";
  });

  for (const unit of units) {
    if (unit.cutPrefix) out.removed.push(unit.cutPrefix);
    if (unit.kind === "drop") {
      out.removed.push(unit.text);
      continue;
    }
    const text =
      unit.kind === "list-item"
        ? unit.text.replace(/^[-•*·▪►–]\s+/, "")
        : unit.kind === "caption"
          ? unit.text.replace(/^\[\s*([^\]]*?)\s*\]$/, "$1")
          : unit.text;
    out.blocks.push({ role: unit.kind, text });
  }
  return out;
}
