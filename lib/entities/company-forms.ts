/**
 * A company's name without its legal form: "Green River Valley Water Co.",
 * "… Company", "… Company, Inc." and "Green River Valley Water" are one
 * company. A wire writes the form, a paper drops it, a court caption
 * abbreviates it; the name a reader matches is what stands before it.
 * name-forms.ts folds the forms into one entity with this, and
 * resolve-entities.ts reads a run the comparison also writes with a legal
 * form as a name, not as a quoted headline: one rule for a pair and for a
 * story's N-way view, which resolve their names alike.
 */
import { COMPANY_SUFFIXES } from "./name-words";

/**
 * Legal forms closing a company's name: the suffixes that also close a firm's
 * name when the scanner reads one (name-words.ts), and the spelled-out or
 * abbreviated forms that only say "a company" ("Co", "Company", "Corporation").
 */
const LEGAL_FORMS: ReadonlySet<string> = new Set([...COMPANY_SUFFIXES, "co", "cos", "company", "corporation", "incorporated", "limited"]);

/**
 * The name words before a company's legal form, or undefined when the name
 * closes with none ("Green River Valley Water Company, Inc." → green river
 * valley water). Something must be left: "Company" alone is no company's name.
 */
export function companyStem(words: readonly string[]): readonly string[] | undefined {
  let end = words.length;
  while (end > 1 && LEGAL_FORMS.has(words[end - 1] ?? "")) end--;
  return end < words.length ? words.slice(0, end) : undefined;
}

/** The stems (joined by spaces) of every name among `names` that closes with a legal form. */
export function companyStems(names: Iterable<readonly string[]>): Set<string> {
  const stems = new Set<string>();
  for (const words of names) {
    const stem = companyStem(words);
    if (stem) stems.add(stem.join(" "));
  }
  return stems;
}
