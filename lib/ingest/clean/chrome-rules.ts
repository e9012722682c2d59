/**
 * Line-level rules that recognise page chrome in text copied from a web page.
 * Each rule is general (a shape or a phrase family seen across news sites),
 * never a string from one particular page.
 */

import { readerWordCount } from "../../text/unspaced-words";
import { findDate } from "./parse-date";

const words = readerWordCount;

/** Ends like a sentence (or a quotation / parenthesis closing one), in Latin or in Chinese and Japanese punctuation (。！？ 」). */
export const endsLikeSentence = (line: string): boolean => /[.!?…。．！？]["”’')\]」』）】〕]*$/.test(line);

/** Short and unpunctuated: a menu entry, label or headline rather than prose. */
export const isLabelLike = (line: string, maxWords = 12): boolean =>
  words(line) <= maxWords && line.length <= 120 && !endsLikeSentence(line);

/** App, e-paper, subscription, sharing, login and ad prompts. Only short lines: prose may mention these words. */
const PROMPT =
  /^(?:open|read|view|continue|download|get|install)\b.{0,30}\b(?:app|browser)\b|^e-?paper\b|^(?:subscribe|sign ?up|sign ?in|log ?in|log ?out|register|follow us|join us|share|share (?:this|on|via|article|story)|teilen|(?:den |diesen )?(?:artikel|beitrag) (?:mit (?:\w+ )?)?teilen|partager|compartir|compartilhar|condividi|tweet|whatsapp|facebook|twitter|linkedin|telegram|email|print|copy link|advertisement|advertisment|anzeige|werbung|reklama|publicidad|publicité|pubblicità|sponsored|ad|skip to (?:main )?content|listen to (?:this )?(?:article|story)|back to top|comments?|leave a comment|newsletter|\d+\s*min(?:ute)?s? read|click here)\b|\b(?:subscribe|newsletter|download (?:our|the) app|follow us on)\b/i;

/** Subscription, app and follow-us pitches written as a sentence; only phrases news prose does not use about itself. */
const PITCH =
  /\b(?:subscribe (?:now|today|to our)|to (?:view|read|continue reading) the (?:full|rest of the|entire) (?:story|article)|already a subscriber|download (?:our|the) [^.]{0,40}\bapps?\b|follow (?:us|[^.]{0,30}) on (?:twitter|facebook|instagram|telegram|whatsapp)|sign up (?:for|to) our|join (?:us|our [^.]{0,20}) on (?:telegram|whatsapp)|canal de (?:telegram|youtube|whatsapp)|suscr[ií]bete|abonnez-vous|jetzt abonnieren|hazte (?:miembro|socio)|you can keep up with me on|we want to hear (?:from you|what you think)|submit (?:a|your) letters? to the editor|(?:puede|puedes) escribirnos|escr[íi]benos a|write to us at|schreiben sie uns)\b/i;

export function isPrompt(line: string): boolean {
  if (words(line) <= 8 && !endsLikeSentence(line.replace(/[!.]+$/, "")) && PROMPT.test(line)) return true;
  return words(line) <= 35 && PITCH.test(line);
}

/** "(With inputs from ANI)", "Reporting by …; Editing by …", "— PTI", "(Reuters)". */
export function isAttribution(line: string): boolean {
  const inner = line.replace(/^[(\[\s–—-]+|[)\]\s.]+$/g, "");
  if (words(inner) > 14) return false;
  return (
    /^(?:with (?:agency )?inputs? from|inputs from|with inputs|additional reporting by|reporting by|edited by|editing by|written by|compiled by|writing by|source:)\b/i.test(inner) ||
    (/^[(\[]/.test(line) && /^[A-Z][A-Za-z&.\s]{1,20}$/.test(inner) && words(inner) <= 3)
  );
}

/** Disclaimers, copyright and rights lines. */
export const isDisclaimer = (line: string): boolean =>
  /^(?:disclaimer|copyright\b|©|\(c\)\s*\d{4}|all rights reserved|this (?:story|article|post) has (?:been|not been) (?:auto-?published|edited|published from)|views expressed)/i.test(
    line,
  );

/** A menu or breadcrumb flattened into one line: "Home | World | Business", "News › Europe › France". */
export function isMenuLine(line: string): boolean {
  const parts = line.split(/\s+[|·•»›>\/]\s+/);
  return parts.length >= 3 && parts.every((p) => words(p) <= 3 && !endsLikeSentence(p));
}

/** "Tags: …", "Topics: …", "Filed under: …" (and de/es/fr/pt/it forms). */
export const isTagLine = (line: string): boolean =>
  /^(?:tags?|topics?|keywords|filed under|categories|category|related topics|more on|schlagw[öo]rter|stichw[öo]rter|kategorien?|themen|etiquetas|categor[íi]as?|temas|cat[ée]gories?|mots-cl[ée]s|sujets|etichette|argomenti)\s*[:|-]/i.test(line);

const DATELINE_WORDS =
  /\b(?:last|updated?|published|posted|modified|on|at|am|um|le|el|em|il|aktualisiert|ver[öo]ffentlicht|publicado|actualizado|atualizado|publi[ée]|mis [àa] jour|pubblicato|aggiornato|release date|date)\b/gi;

/** A line that only states when the page was published or updated ("Updated: May 4, 2021 07:45 IST", "Aktualisiert am 3 May 2021"). */
export function isDateline(line: string): boolean {
  if (words(line) > 12) return false;
  const date = findDate(line);
  const rest = (date ? line.slice(0, date.start) + line.slice(date.end) : line)
    .replace(DATELINE_WORDS, " ")
    .replace(/\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b/gi, " ")
    .replace(/[^\p{L}]+/gu, " ")
    .trim();
  return rest === "" && (date !== undefined || /^(?:last )?(?:updated|published|aktualisiert am|ver[öo]ffentlicht am|release date)\s*:?$/i.test(line.trim()));
}

/**
 * A heading that opens the related-links block at the foot of a page. Only a
 * bare heading qualifies; an inline "Also read: <headline>" link is handled
 * by `isInlineReadAlso`.
 */
export const isRelatedHeading = (line: string): boolean =>
  words(line) <= 6 && (RELATED_OTHER_LANGUAGES.test(line) || RELATED_EN.test(line));

/** Related-links headings in other languages: "Meistgelesene Artikel", "Noticias relacionadas", "À lire aussi"… */
const RELATED_OTHER_LANGUAGES =
  /^(?:meist-?gelesen\w*|meist-?diskutiert\w*|meist-?kommentiert\w*|weitere (?:artikel|beiträge|nachrichten|themen)|mehr zum thema|das könnte sie (?:auch )?interessieren|ähnliche (?:artikel|beiträge)|verwandte artikel|neueste (?:artikel|beiträge)|noticias relacionadas|art[íi]culos relacionados|(?:también )?(?:le|te) puede interesar|lo m[áa]s (?:le[íi]do|visto)|[àa] lire aussi|sur le m[êe]me sujet|articles similaires|les plus lus|leia também|veja também|vea también|ver también|not[íi]cias relacionadas|mais lidas|articoli correlati|potrebbe interessarti|pi[ùu] letti|czytaj (?:też|także))\b[\s\w]*[:!]?$/i;

const RELATED_EN =
  /^(?:[A-Z][a-z]+\s+)?(?:related|realted|more|recommended|trending|popular|latest|top|also read|read more|read next|you may (?:also )?like|you might (?:also )?like|don'?t miss|what to read next|editor'?s picks?|most (?:read|viewed|popular|shared))\b(?:\s+(?:stories|articles|news|posts|reads|links|content|videos|from\b.*|in\b.*|on\b.*|now))?\s*:?$/i;

/** "Also read: <headline>" links embedded in the body. */
export const isInlineReadAlso = (line: string): boolean =>
  words(line) <= 30 && READ_ALSO.test(line);

/** "Also read:" in the languages of the news sites Lacuna is used on (en, es, pt, fr, de, it, pl). */
const READ_ALSO =
  /^(?:also read|read also|read more|must read|also see|see also|related|watch|lea (?:también|más)|lee (?:también|más)|lea|vea (?:también|más)|ver (?:también|más)|mira|mire|(?:también )?(?:le|te) puede interesar|puedes ver|veja (?:também|mais)|leia (?:também|mais)|saiba mais|à lire aussi|a lire aussi|lire aussi|voir aussi|lesen sie (?:auch|mehr|hier)|mehr zum thema|weiterlesen|leggi anche|czytaj (?:też|także|więcej))\s*[:|–—»›>-]\s*\S/i;

/** Common news section names; a line glued from one of them and a headline is a teaser link. */
const SECTION =
  /^(?:International|National|World|India|Nation|Business|Economy|Markets|Money|Sports?|Cricket|Football|Tennis|Entertainment|Bollywood|Hollywood|Movies|Music|Lifestyle|Health|Science|Technology|Tech|Politics|Opinion|Culture|Travel|Education|Auto|Videos?|Photos?|Elections?|Crime|Cities|City|Local|States?|Regional|Trending|Viral|Fashion|Food|Environment|Weather|Gaming|Royals|Breaking)(?=[A-Z0-9‘'"“])/;

/** A section label glued to a headline, as teaser links copy ("CricketChris Woakes walks out…"). */
export const isGluedTeaser = (line: string): boolean => SECTION.test(line) && !endsLikeSentence(line.replace(/\)$/, "")) && line.length <= 200;

/** Generic glue of two capitalised words without a space; only trusted when several lines in a row show it. */
export const looksGlued = (line: string): boolean => /^[A-Z][a-z]{3,}[A-Z][a-z]/.test(line) && line.length <= 200;

/** A caption that only credits the picture ("Photo: Reuters", "Photograph by Jane Doe", "Imagen: Télam"): no content to compare. */
export const isCreditOnly = (line: string): boolean =>
  words(line) <= 8 &&
  /^[(\[]?\s*(?:photos?|photograph|image|imagen|imagem|foto|fotos|bild|picture|pic|cr[ée]dits?(?: photos?)?|cr[ée]dito|source|quelle|fuente)\s*(?:by|via|:|\/)/i.test(line);

/**
 * A picture credit at the end of a caption-like paragraph: "… © AFP / NAME",
 * "… (name / iStock.com)", "…, photo: Archives", "…, Bild via". Photo agencies
 * and stock libraries only in the bracketed form, so a sentence that ends by
 * naming a source in parentheses is not touched.
 */
const CREDIT_TAIL =
  /(?:\s*[,;]?\s*(?:©|\(c\))\s*[^.!?©]{1,60}|\s*\((?:[^()]{0,40}\/\s*)?(?:istock(?:photo)?(?:\.com)?|getty ?images|shutterstock(?:\.com)?|adobe ?stock|imago(?: images)?|picture[- ]alliance|unsplash|pixabay)\)|,\s*(?:photo|foto|bild|image|photograph)\s*:[^.!?]{0,60}|,\s*bild via)\s*$/i;

/** The paragraph without a trailing picture credit, or unchanged when there is none (or nothing of three words would remain). */
export function stripCreditTail(line: string): string {
  const m = CREDIT_TAIL.exec(line);
  if (!m || m.index === 0) return line;
  const rest = line.slice(0, m.index).trim();
  return words(rest) >= 3 ? rest : line;
}

/** Photo captions: a whole bracketed line, or a line carrying a photo credit. */
export function isCaption(line: string): boolean {
  if (/^\[[^\]]+\]$/.test(line) && words(line) >= 3) return true;
  return (
    words(line) <= 60 &&
    /(?:\b(?:photo|image|picture|file photo|pic|video)\s*(?:credit)?s?\s*[:|/]|\bcredits?\s*:\s*\S+\s*\)?\]?$|\((?:photo|image|file)\b[^)]*\)$|\/\s*(?:getty images|reuters|afp|ap|ap photo|shutterstock|pti|ani)\s*\)?$)/i.test(
      line,
    )
  );
}

/** Words that name a newsroom's staff in a byline, written in small letters. */
const STAFF_WORD = /^(?:staff|writers?|reporters?|correspondents?|editors?|agencies|with),?$/;

/** A byline: "By ANI | Updated: …", "By Jane Doe, Reuters", "Written by …" (also von/por/par/di/door/av). */
export function matchByline(line: string): string | undefined {
  if (words(line) > 20) return undefined;
  const m = /^(?:by|written by|posted by|from|von|por|par|di|door|av)\s*:?\s+(.+?)(?:\s*(?:[|·•]|\s[–—-]\s|,\s*(?=(?:updated|published|posted|last updated)\b)|\s(?=(?:updated|published|posted|last updated)\b)).*)?$/i.exec(line);
  if (!m?.[1]) return undefined;
  const name = m[1].replace(/[,;]\s*$/, "").trim();
  // A real byline names someone in a few capitalised words, not a sentence.
  if (words(name) > 6 || endsLikeSentence(name) || !/^[A-Z\p{Lu}]/u.test(name)) return undefined;
  // Every word of a name is capitalised or a short particle ("de", "van", "and"); a phrase like "Por último" is not a name.
  // A desk credit names the outlet's staff in small letters after the outlet ("By Reuters staff", "By Courier staff with
  // Meridian Press"); its first word is still capitalised.
  if (!name.split(/\s+/).every((w) => /^[\p{Lu}"“(]/u.test(w) || /^(?:de|da|do|dos|van|von|der|den|la|le|el|y|e|and|und|et|bin|al|di)$/i.test(w) || STAFF_WORD.test(w) || /^[&,]$/.test(w))) return undefined;
  return name;
}

/** A dateline or metadata line: "Updated: May 4, 2021 07:45 IST", "Published 4 May 2021", "date 2021-05-04". */
export const DATE_PREFIX =
  /^(?:(?:last\s+)?(?:updated|published|posted|modified|date|dated|first published)(?:\s+on)?\s*[:|-]?\s*)(?=\S)/i;
