/**
 * The named rules Lacuna adds on top of Readability. Every rule can be
 * switched off by name, so that `npm run eval:extract -- --ablate` can
 * measure what each one is worth on both development sets (a rule is kept
 * only if it pays on both). Production callers pass no options: every rule
 * is on.
 */
export const EXTRACTION_RULES = [
  // DOM pruning before Readability (prune-boilerplate.ts)
  "prune-by-tag-and-role",
  "prune-by-name",
  "prune-by-opening-phrase",
  "prune-hidden",
  "prune-visually-hidden",
  "prune-metadata",
  "other-stories",
  // Reading the article's DOM into blocks (html-to-blocks.ts)
  "table-rows",
  "heading-paragraphs",
  "caption-roles",
  "image-box-captions",
  // Article header, container choice
  "standfirst",
  "fallback",
  "story-lists",
  "sign-in-walls",
  // Block rules (filter-blocks.ts)
  "credit-tail",
  "related-cut",
  "link-teasers",
  "prompts",
  "disclaimers",
  "tag-lines",
  "read-also",
  "credit-only",
  "datelines",
  "timestamps",
  "ui-labels",
  "contact-lines",
  "newsletter-pitches",
  "url-echo",
  "bylines",
  "wire-footers",
  "reporter-credits",
  "release-metadata",
  "issuer-boilerplate",
  "title-heading",
  "kickers",
] as const;

export type ExtractionRule = (typeof EXTRACTION_RULES)[number];

export interface ExtractOptions {
  /** Rules to leave out, for measuring what each is worth; empty in production. */
  skipRules?: readonly ExtractionRule[];
}

/** Whether `rule` is on under `options` (every rule is, unless skipped). */
export type RuleSwitch = (rule: ExtractionRule) => boolean;

export function ruleSwitch(options: ExtractOptions | undefined): RuleSwitch {
  const skipped = new Set(options?.skipRules ?? []);
  return (rule) => !skipped.has(rule);
}

/** All rules on. */
export const ALL_RULES_ON: RuleSwitch = () => true;
