/**
 * The gram log-odds table of the "same content" model (gram-log-odds.ts),
 * written by `npm run eval:align -- --fit` from all of MRPC train. Only gram
 * hashes and rounded log-odds are kept, no MRPC text. Do not edit by hand.
 */
import { decodeGramLogOdds, type GramLogOdds } from "./gram-log-odds";
import { GRAM_LOG_ODDS_DATA } from "./gram-log-odds-data";

export const SAME_CONTENT_GRAM_ODDS: GramLogOdds = decodeGramLogOdds(GRAM_LOG_ODDS_DATA);
