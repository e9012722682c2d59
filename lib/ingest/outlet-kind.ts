/**
 * A first guess at what kind of outlet published an article, so a government
 * readout or a wire story is labelled as such without the analyst typing it.
 * Only a guess, from what the page says about itself: the analyst can correct
 * it. Conservative: a signal that newspapers share (a video on the page, the
 * word "Press" in "Detroit Free Press", "Agency" in "Environment Agency")
 * says nothing, and with no signal the caller keeps its own default.
 */
export type OutletKind = "wire" | "newspaper" | "broadcaster" | "government" | "other";

export interface OutletSignals {
  /** The host the page was fetched from (or its registered domain). */
  host?: string | null;
  /** The outlet's name: the analyst's, or the page's own (og:site_name, the JSON-LD publisher). */
  name?: string | null;
  /** schema.org types of the page's publisher, from its JSON-LD ("GovernmentOrganization", "TelevisionStation"). */
  publisherTypes?: readonly string[];
  /** The article's first paragraph: a wire names itself in its own dateline ("KESSINGFORD, Dec 3 (Meridian Press) -"). */
  opening?: string | null;
  /**
   * The text labels itself a press release ("For immediate release", "Press release"): it comes from the body it
   * is about, not from a newspaper. Weakest of the signals: a ministry's release is still the government's, and a
   * release on a newswire's site still the wire's.
   */
  pressRelease?: boolean;
}

const WIRE_AGENCIES = [
  "apnews.com", "ap.org", "reuters.com", "afp.com", "aninews.in", "kyodonews.net", "english.kyodonews.net", "jiji.com", "xinhuanet.com", "news.cn",
  "tass.com", "tass.ru", "interfax.ru", "yna.co.kr", "efe.com", "dpa.com", "ptinews.com", "ians.in", "bernama.com", "ansa.it", "aa.com.tr",
  "antaranews.com", "aap.com.au", "pa.media", "thecanadianpress.com", "europapress.es", "lusa.pt", "apa.at", "belga.be", "anp.nl",
  "prnewswire.com", "businesswire.com", "globenewswire.com",
];
const BROADCASTERS = [
  "bbc.co.uk", "bbc.com", "cnn.com", "nhk.or.jp", "www3.nhk.or.jp", "foxnews.com", "nbcnews.com", "msnbc.com", "cbsnews.com", "abcnews.go.com",
  "aljazeera.com", "dw.com", "france24.com", "npr.org", "pbs.org", "cgtn.com", "rt.com", "sky.com", "itv.com", "cbc.ca", "ctvnews.ca",
  "globalnews.ca", "rte.ie", "abc.net.au", "sbs.com.au", "euronews.com", "rfi.fr", "voanews.com", "rferl.org", "zdf.de", "tagesschau.de",
  "rai.it", "rtve.es", "kbs.co.kr", "arirang.com", "ndtv.com", "channelnewsasia.com", "tv5monde.com", "swissinfo.ch",
];

/** Government hosts across countries: .gov(.xx), .gouv.xx, .gob.xx, .go.xx (.go.jp, .go.kr), .gc.ca, .govt.nz, .gv.at, .admin.ch, .europa.eu. */
const GOVERNMENT_HOST =
  /(?:^|\.)(?:gov|mil)(?:\.[a-z]{2})?$|(?:^|\.)(?:gouv|gob|gub|go|govt)\.[a-z]{2}$|\.gc\.ca$|\.gv\.at$|(?:^|\.)admin\.ch$|(?:^|\.)bund\.de$|(?:^|\.)europa\.eu$/;

/** schema.org publisher types that say the kind outright; "NewsMediaOrganization" does not (broadcasters use it too). */
const GOVERNMENT_TYPES = /^(?:GovernmentOrganization|GovernmentOffice|GovernmentService)$/;
const BROADCASTER_TYPES = /^(?:TelevisionStation|RadioStation|BroadcastService|TelevisionChannel|RadioChannel|BroadcastChannel|CableOrSatelliteService)$/;

/** "Ministry of Transport", "Foreign Ministry", "Department for Education", "Office of the Prime Minister", "Government of Canada". */
const GOVERNMENT_NAME =
  /\bministry\b|\b(?:minist[eè]re|ministerio|minist[ée]rio|ministero|bundesministerium|ministerium)\b|\b(?:department|office|secretariat)\s+(?:of|for)\b|\bstate department\b|\bgovernment of\b|^(?:hm|the scottish|scottish|the welsh|welsh) government$|\bprime minister'?s office\b|\bcabinet office\b|\bembassy of\b|^(?:the )?white house$/i;
/** "Kyodo News Agency", "Agence France-Presse", "Press Association", "PR Newswire"; not "Press" or "Agency" alone. */
const WIRE_NAME =
  /\b(?:news|press) agency\b|\bagence (?:de presse|france-presse)\b|\bagencia de noticias\b|\bag[êe]ncia de not[íi]cias\b|\b(?:presse|nachrichten)-?agentur\b|\bagenzia (?:di stampa|nazionale stampa)\b|\bnewswire\b|\bwire service\b|\bpress association\b|\bassociated press\b|\bpress trust of\b|\bunited press\b|\bcanadian press\b/i;
/** "Channel 9 News", "Sky News Channel", "Radio France", "NDTV", "Korean Broadcasting System". */
const BROADCASTER_WORD = /\b(?:tv|television|t[ée]l[ée]vision|televisi[óo]n|televis[ãa]o|televisione|fernsehen|radio|r[áa]dio|broadcasting|broadcaster|rundfunk)\b/i;
const TV_ACRONYM = /\b(?:[A-Z0-9]{1,5}TV|TV[A-Z0-9]{1,4})\b/;

/**
 * A North American station's call sign before News, TV or Radio: "KVBN News", "WGN-TV", "KQED Radio". Letters
 * as written (capitals), so "Kent News" is no call sign; a few capitalised names of print titles and agencies are not either.
 */
const CALL_SIGN = /^[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM|LP|CD))?(?:\s+\d{1,2})?(?:\s+(?:News|TV|Television|Radio|FM|AM)\b|-(?:TV|DT|FM|AM)$)/;
const NOT_CALL_SIGNS = new Set(["WSJ", "WWD", "KCNA"]);

function isCallSign(name: string): boolean {
  return CALL_SIGN.test(name) && !NOT_CALL_SIGNS.has(name.split(/[\s-]/)[0]!);
}

function isBroadcasterName(name: string): boolean {
  if (BROADCASTER_WORD.test(name) || TV_ACRONYM.test(name) || isCallSign(name)) return true;
  // "Channel" alone names many things (a strait, a magazine); with "News" or a number it is a television channel.
  return /\bchannel\b/i.test(name) && /\bnews|\d/i.test(name);
}

function matches(host: string, domains: readonly string[]): boolean {
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

function kindOfHost(hostname: string): OutletKind | undefined {
  const host = hostname.toLowerCase().replace(/^www\./, "").replace(/\.$/, "");
  if (GOVERNMENT_HOST.test(host)) return "government";
  if (matches(host, WIRE_AGENCIES)) return "wire";
  if (matches(host, BROADCASTERS)) return "broadcaster";
  return undefined;
}

function kindOfPublisher(types: readonly string[]): OutletKind | undefined {
  if (types.some((t) => GOVERNMENT_TYPES.test(t))) return "government";
  if (types.some((t) => BROADCASTER_TYPES.test(t))) return "broadcaster";
  return undefined;
}

function kindOfName(name: string): OutletKind | undefined {
  if (GOVERNMENT_NAME.test(name)) return "government";
  if (WIRE_NAME.test(name)) return "wire";
  if (isBroadcasterName(name)) return "broadcaster";
  return undefined;
}

/** A dateline naming a source in brackets: "KESSINGFORD, Dec 3 (Meridian Press) -", "WASHINGTON (AP) —". */
const DATELINE_SOURCE = /^\s*\p{Lu}[\p{L}\p{N} .,'’/-]{0,60}?\(([^()]{2,40})\)\s*[-–—:]/u;
const nameKey = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "")
    .replace(/ (?:news agency|news|agency)$/, "");

/**
 * A newspaper's name: a word of a paper's title ("Daily", "Herald", "Diario", "Zeitung") or a leading article of a
 * language whose papers are named so ("El Mundo", "Le Monde", "Die Welt"). Such a paper may put its own name in its
 * dateline too ("MARLOW (El Diario del Valle) -"): that makes it no wire.
 */
const NEWSPAPER_NAME =
  /\b(?:daily|diario|times|herald|gazette|gazeta|gazzetta|tribune|tribuna|courier|courrier|corriere|post|journal|jornal|chronicle|observer|guardian|telegraph|examiner|inquirer|register|sentinel|ledger|dispatch|bulletin|zeitung|peri[óo]dico|quotidien|dagblad|weekly|semanario)\b|^(?:el|la|le|il|lo|die|der|das|het)\s/i;

/**
 * A story that opens with the outlet's own name in its dateline comes from a wire: wires credit themselves so
 * ("(Reuters) -"), and a newspaper that reprints one names the wire, not itself. A newspaper's own name there is
 * its own byline convention, not a wire's.
 */
function opensWithOwnDateline(opening: string, name: string): boolean {
  const source = DATELINE_SOURCE.exec(opening)?.[1];
  return source !== undefined && nameKey(source) !== "" && nameKey(source) === nameKey(name) && !NEWSPAPER_NAME.test(name);
}

/**
 * The kind the signals point to, strongest first (the host, the publisher's declared type, the name, the dateline,
 * a press release's label), or undefined when none does. A company's release is "other": its own word, no outlet's.
 */
export function guessOutletKind(signals: OutletSignals): OutletKind | undefined {
  const name = signals.name?.trim();
  return (
    (signals.host ? kindOfHost(signals.host) : undefined) ??
    kindOfPublisher(signals.publisherTypes ?? []) ??
    (name ? kindOfName(name) : undefined) ??
    (name && signals.opening && opensWithOwnDateline(signals.opening, name) ? "wire" : undefined) ??
    (signals.pressRelease ? "other" : undefined)
  );
}
