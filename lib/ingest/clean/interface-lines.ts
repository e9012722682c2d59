/**
 * Lines that belong to the page's interface or to the outlet, not to the
 * story: control labels of galleries, players and share bars ("Caption",
 * "Close", "Image 1 of 8", "Enlarge Image"), contact lines with an e-mail
 * address or a social account, newsletter pitches, and the page's own
 * address printed as text. Each is a shape or a phrase family seen across
 * sites, never a string from one site.
 */

/** The whole line is a control label. Only whole lines: prose uses every one of these words. */
const UI_LABEL =
  /^(?:caption|close|open|hide caption|show caption|toggle caption|(?:click to )?enlarge(?: this)?(?: image| photo| picture)?|expand|collapse|zoom(?: in| out)?|view (?:larger|full[- ]?size|full|fullscreen|gallery|slideshow|photos?|images?|caption)|view (?:author|all) (?:archive|posts|articles|stories)|(?:image|photo|picture|slide|foto|bild|imagen)\s*\d+\s*(?:of|\/|von|de|di|sur)\s*\d+|\d+\s*(?:of|\/)\s*\d+|previous|next|prev|play|pause|replay|(?:play|watch) (?:the )?video|media playback is unsupported on your device|follow on (?:twitter|facebook|instagram|linkedin)|(?:copy|copied) link|link copied|loading|skip ad|scroll to continue(?: with content)?|(?:story|article) continues below(?: advertisement)?|continue reading(?: below)?|(?:\d+ )?photos?|gallery|slideshow|(?:enter |exit )?full ?screen|show more|show less|see more|load more|read more|\d+ min(?:ute)?s? (?:read|listen))[\s.:!…›»>]*$/i;

export const isInterfaceLabel = (line: string): boolean => line.length <= 60 && UI_LABEL.test(line.trim());

// Tried only where a run of address characters starts (the look-behind): tried at every position, a
// long run without "@" (a 40,000-letter "word" on a hostile page) cost quadratic time, minutes a page.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;
const SOCIAL_ACCOUNT = /(?:https?:\/\/)?(?:www\.)?(?:twitter|x|facebook|instagram)\.com\/\w+|(?:^|\s)@\w{2,}/i;
/**
 * Invitations to get in touch with the writer or the newsroom. Not "email us at", which the text of a page
 * about a service or a campaign uses as content.
 */
const CONTACT =
  /\b(?:(?:reach|contact|e-?mail|follow|write to) (?:the (?:authors?|reporters?|writers?|columnists?)|him|her|them|me)\b|can be reached|let us know|news tips?|send (?:us )?(?:your )?(?:news )?tips?)/i;
const MAX_CONTACT_WORDS = 40;

/**
 * A line inviting readers to write to the author or the outlet, with an address or account: "Reach the
 * reporters on Twitter at http://twitter.com/…", "Contact the author at jdoe@example.com", "… let us know at:
 * community@example.com".
 */
export function isContactLine(line: string): boolean {
  const text = line.trim();
  if (text.split(/\s+/).length > MAX_CONTACT_WORDS) return false;
  return (EMAIL.test(text) || SOCIAL_ACCOUNT.test(text)) && CONTACT.test(text);
}

/** Newsletter and inbox pitches ("Let our news meet your inbox.", "Sign up for … to get the free daily newsletter"). */
const NEWSLETTER =
  /\b(?:(?:meet|to|in|into|straight to|right (?:to|in)|delivered to) your inbox|newsletters?\b[^.!?]{0,60}\b(?:sign up|subscribe)|(?:sign up|subscribe)\b[^.!?]{0,60}\bnewsletters?|every (?:day|week|morning|weekday) we send (?:an?|our) (?:e-?mail|newsletter)|want more stories like this)/i;
const MAX_PITCH_WORDS = 45;

export const isNewsletterPitch = (line: string): boolean => line.split(/\s+/).length <= MAX_PITCH_WORDS && NEWSLETTER.test(line);

const urlKey = (url: string): string =>
  url
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, "")
    .replace(/^www\./, "")
    .replace(/[?#].*$/, "")
    .replace(/\/+$/, "");

/** The page's own address printed as a line (print headers, "share this link" boxes). */
export function isUrlEcho(line: string, pageUrls: readonly string[]): boolean {
  const text = line.trim();
  if (/\s/.test(text) || !/^(?:https?:\/\/|www\.)/i.test(text)) return false;
  const key = urlKey(text);
  return pageUrls.some((url) => urlKey(url) === key);
}
