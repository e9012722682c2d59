/**
 * English function words. They carry little of what a passage reports, so the
 * aligner and the scorers give them no weight. Kept short on purpose: words
 * such as "not", "no" and "never" are NOT here, because a dropped negation is
 * exactly the kind of change an analyst must see.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but if then so than that this these those there here
  of in on at by for with from to into onto over under about as per via
  is are was were be been being am has have had having do does did doing
  it its it's itself he him his she her hers they them their theirs we us our ours you your yours i me my mine
  who whom whose which what when where why how
  will would shall should can could may might must
  also just only very too more most much many some any each every all both either neither
  up down out off again further once
  said says say told according`.split(/\s+/).filter(Boolean),
);
