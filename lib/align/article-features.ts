/**
 * What the aligner knows of one article on its own, kept for as long as the
 * article is: its passages' features, the inverted index its passages are
 * found by, and the scorer's form of each pair of neighbouring passages (a
 * one-to-two merge candidate). In a story every article is aligned with
 * every other one; none of this depends on the other article, so it is
 * worked out once per article, not once per pair.
 */
import { prepareSentence, type SentenceFeatures } from "../similarity/prepare-sentence";
import { ReportedPart } from "./attribution-only";
import { CandidateIndex } from "./candidates";
import { passageFeatures, type PassageFeatures } from "./passage-features";

export class ArticleFeatures {
  readonly passages: readonly PassageFeatures[];
  private indexMemo?: CandidateIndex;
  private readonly joinedMemo = new Map<number, SentenceFeatures>();
  private readonly reportedMemo = new Map<number, ReportedPart>();

  /** `features`: the passages' features when already computed (they must be those of `texts`, in order). */
  constructor(
    readonly texts: readonly string[],
    features?: readonly PassageFeatures[],
  ) {
    this.passages = features ?? texts.map(passageFeatures);
  }

  /** The index the other article's passages look this one's up in. */
  get candidateIndex(): CandidateIndex {
    return (this.indexMemo ??= new CandidateIndex(this.passages));
  }

  /** What passage `k` reports outside its attribution (attribution-only.ts), read once for every pair it is a candidate in. */
  reported(k: number): ReportedPart {
    let r = this.reportedMemo.get(k);
    if (!r) {
      r = new ReportedPart(this.texts[k] as string);
      this.reportedMemo.set(k, r);
    }
    return r;
  }

  /** The scorer's form of passages `lo` and `lo + 1` read as one (joined by a space). */
  joined(lo: number): SentenceFeatures {
    let f = this.joinedMemo.get(lo);
    if (!f) {
      f = prepareSentence(`${this.texts[lo] as string} ${this.texts[lo + 1] as string}`);
      this.joinedMemo.set(lo, f);
    }
    return f;
  }
}
