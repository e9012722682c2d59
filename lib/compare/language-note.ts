/**
 * What a comparison tells the analyst about its articles' languages: names
 * are read in English text only (lib/text/language.ts), so a pair with an
 * article in another language has no name items, and the page and the
 * reports say why rather than leave the analyst to wonder.
 */
import type { Comparison } from "../types/comparison";

const names = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

/** "German" for "deu"; the code itself when the runtime has no name for it. */
export function languageName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The HTML `lang` value of a text in this language ("de" for "deu"), so
 * screen readers read it in its language (WCAG 3.1.2); undefined for English,
 * the page's own language, and for a code the runtime does not know.
 */
export function htmlLang(code: string | undefined): string | undefined {
  if (!code) return undefined;
  try {
    return Intl.getCanonicalLocales(code)[0];
  } catch {
    return undefined;
  }
}

/**
 * A sentence for the page and the reports, or null when both articles are
 * read as English. `comparison.crossLanguage`: the two are in different
 * languages (an article too short to tell its language is comparable with any).
 */
export function languageNote(comparison: Pick<Comparison, "a" | "b" | "crossLanguage">, labels: { a: string; b: string } = { a: "A", b: "B" }): string | null {
  const { a, b } = comparison;
  if (!a.language && !b.language) return null;
  if (comparison.crossLanguage) {
    return `${labels.a} is in ${languageName(a.language ?? "eng")} and ${labels.b} in ${languageName(b.language ?? "eng")}. Lacuna matches passages by their words and does not translate, so it lists no omissions between articles in different languages; the passages it could match are shown.`;
  }
  const which = a.language && b.language ? `Both articles are in ${languageName(a.language)}` : a.language ? `${labels.a} is in ${languageName(a.language)}` : `${labels.b} is in ${languageName(b.language ?? "eng")}`;
  return `${which}. Lacuna reads names in English text only, so this comparison does not compare names; passages, quotations and figures are compared as usual.`;
}

export interface StorySourceLanguage {
  label: string;
  /** Set when not in English (ISO 639-3). */
  language?: string;
  /** false when not in the story's main language (lib/omissions/coverage.ts). */
  compared?: false;
}

/** Why a cell of the coverage matrix has no count to show, or null when it has one. */
export function notComparedReason(kind: "entity" | "passage" | "figure", source: StorySourceLanguage): string | null {
  if (source.compared === false) return `not compared: in ${languageName(source.language ?? "eng")}`;
  if (kind === "entity" && source.language) return `names not read in ${languageName(source.language)}`;
  return null;
}

/** Whether a coverage cell is compared at all: `notComparedReason` gives none for it. */
export function isComparedCell(sources: readonly StorySourceLanguage[]): (row: { kind: "entity" | "passage" | "figure" }, source: number) => boolean {
  return (row, source) => notComparedReason(row.kind, sources[source] ?? { label: "" }) === null;
}

/** The story page's and story report's sentence on languages, or null when every source is in English. */
export function storyLanguageNote(sources: readonly StorySourceLanguage[]): string | null {
  const notCompared = sources.filter((s) => s.compared === false);
  const main = sources.find((s) => s.compared !== false)?.language;
  const sentences: string[] = [];
  if (main) {
    sentences.push(`The story's articles are in ${languageName(main)}: Lacuna reads names in English text only, so it compares their passages, quotations and figures, not their names.`);
  }
  if (notCompared.length > 0) {
    const list = notCompared.map((s) => `${s.label} (${languageName(s.language ?? "eng")})`);
    const which = list.length === 1 ? `${list[0]} is` : `${list.slice(0, -1).join(", ")} and ${list.at(-1)} are`;
    sentences.push(
      `${which} not in the story's language (${languageName(main ?? "eng")}). Lacuna matches passages by their words and does not translate, so ${notCompared.length === 1 ? "that column is" : "those columns are"} not compared and never counted as leaving anything out.`,
    );
  }
  return sentences.length > 0 ? sentences.join(" ") : null;
}
