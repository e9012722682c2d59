/**
 * A line that only says when the page was published or updated, as article
 * headers print it in many shapes: "Updated Nov 19, 6:55 AM;Posted Nov 19,
 * 6:51 AM", "November 19, 2019 | 4:20am | Updated November 19, 2019 | 9:32pm",
 * "Updated 3:27 am PST, Wednesday, November 20, 2019", "Updated at 1:23 p.m.",
 * "segunda-feira, 22 de outubro de 2010 às 20:13", or with the agency in
 * front ("The Associated Press Published Monday, November 18, 2019 8:22AM EST").
 * Unlike `parseDate`, which must read a date exactly, this only has to
 * recognise that nothing but date, time and label words are on the line.
 */

const MONTH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)\b\.?/giu;
const WEEKDAY =
  /(?<![\p{L}])(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b\.?|(?<![\p{L}])(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|quinta|sexta)(?:-feira)?(?![\p{L}])|(?<![\p{L}])(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)(?![\p{L}])/giu;
/** "6:55", "08:38", "8:22AM", "4:20am", "1:23 p.m.", "20h13". */
const TIME = /\b\d{1,2}(?:[:.]\d{2}(?::\d{2})?|h\d{2})\s*(?:[ap]\.?\s?m\.?)?(?![\d])/giu;
/** "17.01.2021", "05/10/2018", "2019-11-19" (with an ISO time): numeric dates of any order. */
const NUMERIC_DATE = /\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}(?:t[\d:.]+z?)?)\b/giu;
const ZONE = /\b(?:utc|gmt|[ecmp][sd]t|et|pt|ist|cet|cest|bst|jst|kst|aest|aedt|hkt|sgt)\b/giu;
const LABEL =
  /(?<![\p{L}])(?:first|last|published|publish|posted|updated|update|modified|created|edited|date|dated|on|at|am|um|uhr|the|de|del|às|as|a las|à|le|el|em|il|alle|ore|publicado|publicada|actualizado|atualizado|aktualisiert|veröffentlicht|stand|publié|publiée|mis à jour|modifié|pubblicato|aggiornato|release date)(?![\p{L}])\.?/giu;
/** Words that say the line is a time stamp (without one, a bare date such as a heading "November 2019" is left alone). */
const STAMP_WORD =
  /\b(?:published|posted|updated|modified|publicado|actualizado|atualizado|aktualisiert|veröffentlicht|publié|mis à jour|pubblicato|aggiornato)\b/iu;
const MAX_WORDS = 18;
/** An agency or author named beside the stamp ("The Associated Press Published …"), at most this many words. */
const MAX_NAME_WORDS = 4;

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

export function isTimestampLine(line: string): boolean {
  if (words(line).length > MAX_WORDS) return false;
  const hasMonth = line.search(MONTH) >= 0 || line.search(WEEKDAY) >= 0;
  const hasClock = line.search(TIME) >= 0;
  const hasNumericDate = line.search(NUMERIC_DATE) >= 0;
  // A time of day or a numeric date, or a month or weekday next to a number: a bare "May" is not a date.
  if (!hasClock && !hasNumericDate && !(hasMonth && /\d/.test(line))) return false;
  const rest = line
    .replace(NUMERIC_DATE, " ")
    .replace(TIME, " ")
    .replace(MONTH, " ")
    .replace(WEEKDAY, " ")
    .replace(ZONE, " ")
    .replace(LABEL, " ")
    .replace(/\b\d{1,4}(?:st|nd|rd|th|er|º|ª)?\b/giu, " ")
    .replace(/[^\p{L}]+/gu, " ")
    .trim();
  if (rest === "") return true;
  // Left over: a name beside the stamp, capitalised, only when the line says it is a stamp.
  const left = words(rest);
  return STAMP_WORD.test(line) && left.length <= MAX_NAME_WORDS && left.every((w) => /^\p{Lu}/u.test(w));
}
