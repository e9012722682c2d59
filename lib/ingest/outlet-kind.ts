/**
 * A first guess at what kind of outlet a domain belongs to, so a government
 * readout or a wire story is labelled as such without the analyst typing it.
 * Only a guess: the analyst can correct it.
 */
export type OutletKind = "wire" | "newspaper" | "broadcaster" | "government" | "other";

const WIRE_AGENCIES = ["apnews.com", "reuters.com", "afp.com", "aninews.in", "kyodonews.net", "english.kyodonews.net", "xinhuanet.com", "news.cn", "tass.com", "yna.co.kr", "efe.com", "dpa.com", "ptinews.com", "bernama.com", "ansa.it"];
const BROADCASTERS = ["bbc.co.uk", "bbc.com", "cnn.com", "nhk.or.jp", "www3.nhk.or.jp", "foxnews.com", "nbcnews.com", "cbsnews.com", "abcnews.go.com", "aljazeera.com", "dw.com", "france24.com", "npr.org", "cgtn.com", "rt.com"];

function matches(host: string, domains: readonly string[]): boolean {
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

export function guessOutletKind(hostname: string): OutletKind {
  const host = hostname.toLowerCase().replace(/^www\./, "");
  if (/(^|\.)(gov|mil)(\.[a-z]{2})?$|\.go\.(jp|kr|id|th)$|\.gc\.ca$|\.gouv\.fr$|\.gob\.[a-z]{2}$|(^|\.)state\.gov$|\.mofa\.go\.jp$/.test(host)) return "government";
  if (matches(host, WIRE_AGENCIES)) return "wire";
  if (matches(host, BROADCASTERS)) return "broadcaster";
  return "newspaper";
}
