/**
 * A sentence that says another account leaves something out: "there was no
 * mention of China in the State Department press release", "the indictment
 * does not mention whether…", "the suit did not mention specific
 * statistics". For an analyst comparing accounts such a sentence is a finding
 * in itself (the outlet did the comparison and reports the gap), so an
 * omission that carries one ranks higher and says why.
 *
 * Only the verbs of mentioning and referring count: "did not name the
 * victim" or "did not address the charges" withhold or dodge something, which
 * is another kind of story, and would catch far more sentences.
 */
const ABSENCE =
  /\b(?:no (?:mention|reference)s? (?:of|to|about|was made)|(?:did|does|do|would|had|has|have)(?: not|n['’]t) (?:mention|refer to|make (?:any )?(?:mention|reference))|(?:was|were|is|are|went|goes|go) (?:not |un)mentioned|fail(?:ed|s)? to mention|without (?:mentioning|any (?:mention|reference)))\b/i;

export function statesAnAbsence(text: string): boolean {
  return ABSENCE.test(text);
}
