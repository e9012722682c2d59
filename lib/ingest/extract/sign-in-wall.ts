/**
 * A sign-in or paywall page is not an article. A link to a paywalled story
 * often answers with a redirect to the site's login page, or with a page that
 * shows a line or two above "Subscribe to continue reading"; stored, it became
 * a 20-word "article" that an analyst then compared with real reports.
 *
 * Such a page is refused only when two things hold: what was extracted is
 * short (WALL_MAX_WORDS), and the page says what it is in a way no article
 * page does — its address (after redirects) is a sign-in or subscription
 * route, its <title> is a sign-in or subscription title, or its visible text
 * holds a reading-wall prompt ("Subscribe to continue reading", "This article
 * is for subscribers", "You have reached your free article limit").
 *
 * Weaker clues are not enough, by measurement on the 546 real articles of the
 * development sets: 41 pages carry a password field (a login dropdown in the
 * header, a modal, a sidebar widget), five of them with under 100 words of
 * article; "Remember me", "Forgot your password?", "Already a subscriber?"
 * and "SUBSCRIBER ONLY" appear on real articles too, as do a "Sign in" link
 * and "Subscribe to our newsletter". None of those pages has a wall prompt,
 * a sign-in title or a sign-in address, so none is refused.
 */

/** Under this many words the text may be a teaser or a form's labels; a longer text is kept whatever the page says. */
export const WALL_MAX_WORDS = 150;

export type SignInWallClue = "address" | "title" | "prompt";

/** Path segments of sign-in and subscription routes, compared whole (an article slug never is one of these). */
const ROUTE_SEGMENTS = new Set([
  "login",
  "log-in",
  "log_in",
  "logon",
  "signin",
  "sign-in",
  "sign_in",
  "signon",
  "sign-on",
  "signup",
  "sign-up",
  "sign_up",
  "wp-login",
  "auth",
  "sso",
  "subscribe",
  "subscription",
  "subscriptions",
  "paywall",
  "anmelden",
  "connexion",
  "iniciar-sesion",
]);
/** First labels of sign-in hosts (login.example.com, accounts.example.com). */
const ROUTE_HOSTS = new Set(["login", "signin", "sso", "auth", "account", "accounts", "subscribe", "subscription", "subscriptions", "paywall"]);
const PAGE_SUFFIX = /\.(?:php|aspx?|html?|jsp|cfm)$/;

/** Whether the address is a site's sign-in or subscription page (where a paywall redirects to). */
export function isSignInAddress(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const labels = parsed.hostname.split(".");
  if (labels.length > 2 && ROUTE_HOSTS.has(labels[0]!.toLowerCase())) return true;
  return parsed.pathname.split("/").some((segment) => ROUTE_SEGMENTS.has(segment.toLowerCase().replace(PAGE_SUFFIX, "")));
}

/**
 * "Sign in | Coastal Ledger", "Log in to your account", "Subscribe – The Ledger": the action alone, or followed by
 * the site's name or by what it is for. A headline that merely starts with such a word ("Login woes hit bank
 * customers", "Sign-up for flu jabs opens") goes on with words this does not allow.
 */
const SIGN_IN_TITLE =
  /^\s*(?:sign[\s-]?in|log[\s-]?in|sign[\s-]?on|log[\s-]?on|sign[\s-]?up|subscribe|subscriptions?|register|create\s+(?:an?|your)\s+(?:free\s+)?account|my\s+account|anmelden|einloggen|connexion|se\s+connecter|iniciar\s+sesi[oó]n)\b\s*(?:$|[|\-–—:·•»/]|(?:to|into)\s+(?:your|my|our|continue|keep|read|access|view)\b|or\s+(?:sign|log|register|subscribe|create)\b)/i;

export function isSignInTitle(title: string | null | undefined): boolean {
  return Boolean(title && SIGN_IN_TITLE.test(title));
}

const ACTION = String.raw`(?:sign(?:ing)?\s?in|log(?:ging)?\s?in|subscrib(?:e|ing)|register(?:ing)?|sign(?:ing)?\s?up|creat(?:e|ing)\s+(?:a\s+|an\s+|your\s+)?(?:free\s+)?account|becom(?:e|ing)\s+a\s+(?:subscriber|member))`;
/** Prompts of a reading wall. Each says the reader must act before reading on, which an article's own prose does not. */
const WALL_PROMPTS = [
  // "Subscribe to continue reading", "Log in or create a free account to keep reading"
  String.raw`\b${ACTION}\b[^.!?\n]{0,40}?\bto\s+(?:continue|keep|start)\s+reading\b`,
  // "To continue reading, please sign in"
  String.raw`\bto\s+(?:continue|keep)\s+reading\b[,:]?\s+(?:please\s+)?${ACTION}\b`,
  // "Subscribe to read the full article", "Sign in to access this content". Not a bare "Log in to continue": a story
  // on an outage quotes that error message.
  String.raw`\b${ACTION}\b[^.!?\n]{0,40}?\bto\s+(?:read|access|unlock|view|see)\s+(?:the\s+(?:full|whole|entire|rest)|this\s+(?:article|story|content|piece|report|page)|all\s+(?:of\s+)?our|the\s+(?:article|story))\b`,
  // "You must be logged in to view this content"
  String.raw`\byou\s+(?:must|need\s+to|have\s+to)\s+(?:be\s+)?(?:signed|logged)\s+in\s+to\s+(?:read|view|access|see|continue)\b`,
  // "This article is for subscribers only", "This content is available exclusively to paying subscribers"
  String.raw`\b(?:this|the)\s+(?:article|story|content|page|piece|report)\s+is\s+(?:(?:only|available|reserved|exclusive(?:ly)?)\s+){0,3}(?:for|to)\s+(?:our\s+)?(?:(?:paying\s+|registered\s+|premium\s+|digital\s+)?subscribers|(?:paying|registered|premium|digital)\s+members|members\s+only|registered\s+users)\b`,
  // "You have reached your free article limit", "You've read all your free articles this month"
  String.raw`\byou(?:'ve|’ve|\s+have)\s+(?:reached|used(?:\s+up)?|read)\s+(?:your|all\s+(?:of\s+)?your|the)\s+(?:[\w-]+\s+){0,3}?(?:free\s+(?:articles?|stories)|(?:article|story|monthly|free)\s+limit|limit)\b`,
];
const WALL_PROMPT = new RegExp(WALL_PROMPTS.join("|"), "i");

export function hasWallPrompt(visibleText: string): boolean {
  return WALL_PROMPT.test(visibleText);
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Never shown as text: scripts (a paywall template waiting for its script is not a wall yet), styles, templates. */
const UNSHOWN = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "HEAD"]);

function hiddenByMarkup(el: Element): boolean {
  return el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true" || /display\s*:\s*none/i.test(el.getAttribute("style") ?? "");
}

/** The text a reader of the page sees, roughly: markup that hides its text is left out, CSS is not read. */
export function visiblePageText(root: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) parts.push(node.textContent ?? "");
    else if (node.nodeType === ELEMENT_NODE || node === root) {
      if (node !== root && (UNSHOWN.has(node.nodeName) || hiddenByMarkup(node as Element))) continue;
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return parts.join(" ").replace(/\s+/g, " ");
}

export interface WallEvidence {
  /** The address the page was served from, after redirects. */
  url?: string;
  /** The page's <title>. */
  pageTitle?: string | null;
  /** The page's visible text; asked for only when the address and title said nothing, since it costs a parse. */
  visibleText: () => string;
}

/** Why the page is a sign-in or paywall page rather than an article, or null when it is not one (or its text is long). */
export function signInWallClue(words: number, evidence: WallEvidence): SignInWallClue | null {
  if (words >= WALL_MAX_WORDS) return null;
  if (isSignInAddress(evidence.url)) return "address";
  if (isSignInTitle(evidence.pageTitle)) return "title";
  if (hasWallPrompt(evidence.visibleText())) return "prompt";
  return null;
}

/** The analyst's reason, in the words of the other "no article" messages: what the page is and what to do instead. */
export function signInWallMessage(clue: SignInWallClue, url: string | undefined): string {
  const instead = "nothing was taken from it. Open the article in a browser where you can read it and paste its text instead.";
  if (clue === "address" && url) return `No article found: the link leads to a sign-in or subscription page (${url}), not to the article; ${instead}`;
  return `No article found${url ? ` at ${url}` : ""}: the page asks the reader to sign in or subscribe and shows little or none of the article (a login or paywall page); ${instead}`;
}
