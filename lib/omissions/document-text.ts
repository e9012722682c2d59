/**
 * One article's passages laid end to end, paragraph by paragraph, with each
 * passage's span remembered: quotes run across sentence boundaries, so they
 * are found in paragraph text and mapped back to the passages they cover.
 */
import type { Passage } from "../text/types";

export interface Paragraph {
  text: string;
  /** Passage indexes in this paragraph, with their spans in `text`. */
  spans: Array<{ passage: number; start: number; end: number }>;
  /** The paragraph before it in the article ('“…,” he said' may go on from it). */
  previous?: Paragraph;
}

export function paragraphsOf(passages: readonly Passage[]): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | undefined;
  let currentNo = Number.NaN;
  for (const p of passages) {
    if (!current || p.paragraph !== currentNo) {
      current = { text: "", spans: [], ...(current ? { previous: current } : {}) };
      currentNo = p.paragraph;
      out.push(current);
    }
    if (current.text.length > 0) current.text += " ";
    current.spans.push({ passage: p.index, start: current.text.length, end: current.text.length + p.text.length });
    current.text += p.text;
  }
  return out;
}

/** Passage indexes of a paragraph that overlap [start, end). */
export function passagesIn(paragraph: Paragraph, start: number, end: number): number[] {
  return paragraph.spans.filter((s) => s.start < end && s.end > start).map((s) => s.passage);
}

/** Paragraphs from the first up to `last`, joined by blank lines, with where each starts in `text`. */
export interface JoinedParagraphs {
  paragraphs: readonly Paragraph[];
  starts: ReadonlyMap<Paragraph, number>;
  text: string;
}

export function joinParagraphsUpTo(last: Paragraph | undefined): JoinedParagraphs {
  const paragraphs: Paragraph[] = [];
  for (let p = last; p; p = p.previous) paragraphs.push(p);
  paragraphs.reverse();
  const starts = new Map<Paragraph, number>();
  let length = 0;
  for (const paragraph of paragraphs) {
    starts.set(paragraph, length);
    length += paragraph.text.length + 2;
  }
  return { paragraphs, starts, text: paragraphs.map((p) => p.text).join("\n\n") };
}
