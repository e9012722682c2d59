/**
 * Dates as news pages print them ("May 4, 2021 07:45 IST", "4 May 2021",
 * "2021-05-04T07:45:00Z") turned into ISO 8601. The zone is kept when the page
 * states it (offset or a common abbreviation) and omitted otherwise, so a
 * caller never mistakes local time for UTC. Pure: no clock, no locale.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Abbreviations news sites print after a time; ambiguous ones (e.g. CST) take their most common news use. */
const ZONES: Record<string, string> = {
  UTC: "+00:00", GMT: "+00:00", Z: "+00:00", BST: "+01:00", CET: "+01:00", CEST: "+02:00", EET: "+02:00",
  EEST: "+03:00", MSK: "+03:00", IST: "+05:30", PKT: "+05:00", NPT: "+05:45", ICT: "+07:00", WIB: "+07:00",
  SGT: "+08:00", HKT: "+08:00", PHT: "+08:00", JST: "+09:00", KST: "+09:00", AEST: "+10:00", AEDT: "+11:00",
  NZST: "+12:00", NZDT: "+13:00", EST: "-05:00", EDT: "-04:00", CST: "-06:00", CDT: "-05:00", MST: "-07:00",
  MDT: "-06:00", PST: "-08:00", PDT: "-07:00", ET: "-05:00", PT: "-08:00",
};

const pad = (n: number): string => String(n).padStart(2, "0");

function validDay(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

function zoneOffset(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const upper = raw.toUpperCase();
  if (ZONES[upper]) return ZONES[upper];
  const m = /^(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?$/.exec(upper);
  if (!m) return undefined;
  return `${m[1]}${pad(Number(m[2]))}:${m[3] ?? "00"}`;
}

function compose(year: number, month: number, day: number, time?: { h: number; m: number; s: number }, zone?: string): string {
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!time) return date;
  return `${date}T${pad(time.h)}:${pad(time.m)}:${pad(time.s)}${zone ?? ""}`;
}

// Time of day with optional seconds, am/pm and zone: "07:45", "7.45 pm", "07:45:10 IST", "10:02 AM ET", "09:00+05:30".
const TIME = String.raw`(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?\s*(?:\(?\s*([A-Z]{1,5}|(?:UTC|GMT)?[+-]\d{1,2}:?\d{2})\s*\)?)?`;

function parseTime(match: RegExpExecArray, at: number): { time?: { h: number; m: number; s: number }; zone?: string } {
  const hRaw = match[at];
  if (hRaw === undefined) return {};
  let h = Number(hRaw);
  const m = Number(match[at + 1]);
  const s = Number(match[at + 2] ?? 0);
  const meridiem = match[at + 3]?.toLowerCase().replace(/\./g, "");
  if (meridiem === "pm" && h < 12) h += 12;
  if (meridiem === "am" && h === 12) h = 0;
  if (h > 23 || m > 59 || s > 59) return {};
  return { time: { h, m, s }, zone: zoneOffset(match[at + 4]) };
}

/** A date found in text: its ISO form and where it was printed. */
export interface FoundDate {
  iso: string;
  start: number;
  end: number;
}

/** Parses the first date found in `text`; undefined when there is none. */
export function parseDate(text: string): string | undefined {
  return findDate(text)?.iso;
}

/** Like `parseDate`, with the span of the printed date so callers can cut it out. */
export function findDate(text: string): FoundDate | undefined {
  const found = (m: RegExpExecArray, iso: string): FoundDate => ({ iso, start: m.index, end: m.index + m[0].length });
  const iso = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(text);
  if (iso) {
    const [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (validDay(y, mo, d)) {
      const time = iso[4] !== undefined ? { h: Number(iso[4]), m: Number(iso[5]), s: Number(iso[6] ?? 0) } : undefined;
      return found(iso, compose(y, mo, d, time, time ? zoneOffset(iso[7]) : undefined));
    }
  }
  const month = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?`;
  const sep = String.raw`(?:,?\s*(?:at\s+)?|\s*[-|,]\s*)`;
  // "May 4, 2021 07:45 IST"
  const mdy = new RegExp(String.raw`\b${month}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:${sep}${TIME})?`, "i").exec(text);
  if (mdy) {
    const mo = MONTHS[mdy[1]!.toLowerCase()]!;
    const d = Number(mdy[2]);
    const y = Number(mdy[3]);
    if (validDay(y, mo, d)) {
      const { time, zone } = parseTime(mdy, 4);
      return found(mdy, compose(y, mo, d, time, zone));
    }
  }
  // "4 May 2021, 07:45 GMT"
  const dmy = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${month},?\s+(\d{4})(?:${sep}${TIME})?`, "i").exec(text);
  if (dmy) {
    const mo = MONTHS[dmy[2]!.toLowerCase()]!;
    const d = Number(dmy[1]);
    const y = Number(dmy[3]);
    if (validDay(y, mo, d)) {
      const { time, zone } = parseTime(dmy, 4);
      return found(dmy, compose(y, mo, d, time, zone));
    }
  }
  // "17.01.2021", "24.01.2022 11:38", "03.05.2021, 07:45 Uhr": dotted dates are day-first wherever they are printed
  // (German, Polish, Czech, Russian, Scandinavian sites), unlike slashed ones, which stay unread (US month-first).
  const dotted = new RegExp(String.raw`(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)(?:,?\s*(?:um\s+|à\s+|o\s+|kl\.?\s+)?${TIME})?`).exec(text);
  if (dotted) {
    const [d, mo, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
    if (validDay(y, mo, d)) {
      const { time, zone } = parseTime(dotted, 4);
      return found(dotted, compose(y, mo, d, time, zone));
    }
  }
  return undefined;
}
