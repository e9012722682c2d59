/**
 * A speaker named by a description at the speech verb: "the attorney general
 * said", "said the spokeswoman.", "The department said" — news names someone
 * once with a title ("Attorney General Richard Blumenthal", "Lis Smith, a
 * spokeswoman for the campaign", "the Justice Department") and then goes on
 * with the office alone. The description names that one holder of the office
 * in the article so far; when two people hold it ("President Obama",
 * "President Trump"), or none, it names nobody.
 */
import { ORGANIZATION_WORDS, PERSON_TITLE_HEADS, TITLE_WORDS } from "../entities/name-words";
import type { NameAt } from "./attribution";
import { kept } from "./kept";

/** "the attorney general" as the subject of the verb, opening a sentence or a clause. */
const DESCRIPTION_BEFORE =
  /(?:^\s*|[.!?]["”’]?\s+|[,;:]\s+|["”]\s*)[Tt]he\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*)\s+(?:(?:also|later|then|again|has|had|have)\s+){0,2}$/u;
/** "said the spokesman." / "said the official,": the description after the verb, ending its clause. */
const DESCRIPTION_AFTER = /^\s+the\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*)\s*(?:[.,;]|$)/u;

/** How far before a name a title is looked for, and after it a role. */
const TITLE_REACH = 60;
const ROLE_REACH = 80;

/** Abbreviated and gendered forms of one office, as one word. */
const OFFICE_WORD: Readonly<Record<string, string>> = {
  sen: "senator",
  rep: "representative",
  congressman: "representative",
  congresswoman: "representative",
  gov: "governor",
  pres: "president",
  gen: "general",
  atty: "attorney",
  secy: "secretary",
  sec: "secretary",
  prof: "professor",
  rev: "reverend",
  capt: "captain",
  spokesman: "spokesperson",
  spokeswoman: "spokesperson",
  chairman: "chair",
  chairwoman: "chair",
};

/** The forms OFFICE_WORD writes offices in ("senator", "spokesperson"). */
const OFFICE_FORMS: ReadonlySet<string> = new Set(Object.values(OFFICE_WORD));

/** Words before an office that do not change it: "former Sen.", "the acting director". */
const NOT_THE_OFFICE = new Set(["former", "acting", "interim", "then"]);

/** Bodies that speak as one ("The department said"); a "report" or a "statement" is what was said, not who. */
const SPEAKING_BODIES = new Set(
  [...ORGANIZATION_WORDS].filter((w) => !["news", "times", "post", "journal", "press", "world", "tv", "radio", "house", "staff", "forces", "force", "guard", "reserve", "exchange", "chiefs", "club", "school", "university", "college", "bank", "fund", "police", "army", "navy", "senate", "congress", "parliament", "inc", "ltd", "corp"].includes(w)),
);

/** The description at the verb window[verbStart, verbEnd), as office words ("attorney general"), if any. */
export function descriptionAtVerb(window: string, verbStart: number, verbEnd: number): string[] | undefined {
  const match = DESCRIPTION_BEFORE.exec(window.slice(Math.max(0, verbStart - 80), verbStart)) ?? DESCRIPTION_AFTER.exec(window.slice(verbEnd));
  const words = match?.[1]?.split(/\s+/).map(officeWord);
  if (!words) return undefined;
  const last = words.at(-1) ?? "";
  return PERSON_TITLE_HEADS.has(last) || OFFICE_FORMS.has(last) || SPEAKING_BODIES.has(last) ? words : undefined;
}

/**
 * The titles and roles written around places of one text, each read once. They depend on the
 * text alone, so an article keeps them (ArticleReading) for every comparison it is in.
 */
export class TitlesAround {
  private readonly titles = new Map<number, OfficeForms | undefined>();
  private readonly roles = new Map<number, OfficeForms | undefined>();

  constructor(readonly text: string) {}

  /** The title right before `at` ("Attorney General " before a name), as offices. */
  titleAt(at: number): OfficeForms | undefined {
    return kept(this.titles, at, () => officeForms(titleBefore(this.text, at)));
  }

  /** The role right after `end` (", a spokeswoman for…" after a name), as offices. */
  roleAt(end: number): OfficeForms | undefined {
    return kept(this.roles, end, () => officeForms(roleAfter(this.text, end)));
  }
}

/**
 * The names of one article in a comparison, asked who holds an office in the article so far:
 * answers as `holderOf` on the article's first `cut` characters. Names are added as the article
 * is read; their titles and roles come from the article's TitlesAround, read once. (Reading
 * every earlier name's title again for each quotation grew with the square of the article.)
 */
export class OfficeHolders {
  private readonly names: NameAt[] = [];

  constructor(private readonly around: TitlesAround) {}

  /** Names found further on in the text (`at` and `end` in the whole text). */
  add(names: readonly NameAt[]): void {
    for (const n of names) this.names.push(n);
  }

  holderBefore(description: readonly string[], cut: number): string | undefined {
    const office = withoutModifiers(description);
    const body = office.length === 1 && SPEAKING_BODIES.has(office[0] ?? "") ? office[0] : undefined;
    const holders = new Set<string>();
    for (const n of this.names) {
      if (n.end > cut || n.type === "place") continue;
      if (n.type === "organization") {
        if (body !== undefined && lastWord(n.name) === body) holders.add(n.name);
        continue;
      }
      // A role is read on the text after the name, which the cut may shorten: only a whole one is kept.
      const role = n.end + ROLE_REACH <= cut ? this.around.roleAt(n.end) : officeForms(roleAfter(this.around.text.slice(0, cut), n.end));
      if (holdsOffice(this.around.titleAt(n.at), office) || holdsOffice(role, office)) holders.add(n.name);
    }
    return holders.size === 1 ? [...holders][0] : undefined;
  }
}

/** The last word of a name, in lower case ("department" of "Justice Department"). */
function lastWord(name: string): string {
  return name.split(/\s+/).at(-1)?.toLowerCase() ?? "";
}

/** A title or role as offices: all of it, and up to its "of"/"for" ("Secretary of State" is a secretary). */
interface OfficeForms {
  full: string[];
  head: string[];
}

function officeForms(title: readonly string[] | undefined): OfficeForms | undefined {
  if (!title) return undefined;
  const upTo = title.findIndex((w, k) => k > 0 && (w === "of" || w === "for"));
  return { full: withoutModifiers(title), head: withoutModifiers(upTo > 0 ? title.slice(0, upTo) : title) };
}

/** Whether a title or role names the office: the same words once what does not change it is left aside ("Connecticut", "former", "of State"). */
function holdsOffice(forms: OfficeForms | undefined, office: readonly string[]): boolean {
  return forms !== undefined && office.length > 0 && (same(forms.full, office) || same(forms.head, office));
}

/** "Attorney General " / "Sen. " right before a name: its capitalised title words. */
const TITLE_BEFORE = /((?:(?:\p{Lu}[\p{L}-]*\.?|of)\s+){1,5})$/u;
/** ", a spokeswoman for the campaign," / ", the state's attorney general." after a name: the role up to its preposition. */
const ROLE_AFTER = /^,\s+(?:the|a|an)\s+((?:[\p{L}’'-]+\s+){0,4}?[\p{L}-]+)(?=\s+(?:for|of|at|to|in|on|with)\b|\s*[,.;])/u;

function titleBefore(text: string, at: number): string[] | undefined {
  if (!mayEndATitle(text, Math.max(0, at - TITLE_REACH), at)) return undefined;
  const words = TITLE_BEFORE.exec(text.slice(Math.max(0, at - TITLE_REACH), at))?.[1]?.trim().split(/\s+/).map(officeWord);
  return words?.some((w) => TITLE_WORDS.has(w) || PERSON_TITLE_HEADS.has(w) || OFFICE_FORMS.has(w)) ? words : undefined;
}

/**
 * Whether TITLE_BEFORE can match text[from, at): its last title word ends in the spaces before
 * `at`, so the word there has a capital or ends in "of". Most names follow a lower-case word
 * ("said Lis Smith"), and this spares the expression for them.
 */
function mayEndATitle(text: string, from: number, at: number): boolean {
  let k = at - 1;
  if (k < from || !SPACE.test(text.charAt(k))) return false;
  while (k >= from && SPACE.test(text.charAt(k))) k--;
  const end = k + 1;
  while (k >= from && !SPACE.test(text.charAt(k))) k--;
  const word = text.slice(k + 1, end);
  return word.endsWith("of") || CAPITAL.test(word);
}

const SPACE = /\s/u;
const CAPITAL = /\p{Lu}/u;

function roleAfter(text: string, end: number): string[] | undefined {
  if (text.charAt(end) !== ",") return undefined;
  return ROLE_AFTER.exec(text.slice(end, end + ROLE_REACH))?.[1]?.split(/\s+/).map(officeWord);
}

/** Office words only: leading words that are no title ("new", "top", "Connecticut", "former") are dropped. */
function withoutModifiers(words: readonly string[]): string[] {
  let k = 0;
  while (k < words.length - 1 && (NOT_THE_OFFICE.has(words[k] ?? "") || !isOfficeWord(words[k] ?? ""))) k++;
  return words.slice(k);
}

function isOfficeWord(w: string): boolean {
  return (TITLE_WORDS.has(w) && !NOT_THE_OFFICE.has(w)) || PERSON_TITLE_HEADS.has(w) || OFFICE_FORMS.has(w) || SPEAKING_BODIES.has(w);
}

function officeWord(word: string): string {
  const w = word.toLowerCase().replace(/\.$/, "");
  return OFFICE_WORD[w] ?? w;
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, k) => w === b[k]);
}
