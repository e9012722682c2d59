import Link from "next/link";
import { formatDate } from "@/components/format";
import { clipAtWord } from "@/lib/text/clip";
import { articlesSharingPassages } from "./articles-sharing";

interface Source {
  articleId: string;
  title: string;
  outlet: string;
  publishedAt: string | null;
}

interface Props {
  articleId: string;
  passages: Array<{ passage: number; text: string; foundIn: Source[]; total: number }>;
}

/** Passages listed, and articles per passage: a page stays short even when every passage is a reprint. */
const PASSAGES_SHOWN = 12;
const SOURCES_SHOWN = 3;
/** Articles named in the summary line. */
const SHARING_SHOWN = 5;

/** "Where else does this passage appear": each passage another stored article carries, with those articles. */
export function ReusedPassages({ articleId, passages }: Props) {
  if (passages.length === 0) return <p className="text-sm text-stone-600">No other stored article carries a passage of this one.</p>;
  const hidden = passages.length - PASSAGES_SHOWN;
  const sharing = articlesSharingPassages(passages);
  return (
    <>
    <p className="mb-3 text-sm text-stone-700">
      {passages.length === 1 ? "1 passage" : `${passages.length} passages`} of this article {passages.length === 1 ? "appears" : "appear"} elsewhere. Carried by{" "}
      {sharing.slice(0, SHARING_SHOWN).map((s, i) => (
        <span key={s.articleId}>
          {i > 0 && ", "}
          <Link href={`/compare/${articleId}/${s.articleId}`} className="text-indigo-700 underline" title={s.title} aria-label={`Side by side with ${s.outlet}, which carries ${s.atLeast ? "at least " : ""}${s.passages} of these passages`}>
            {s.outlet}
          </Link>{" "}
          ({s.atLeast ? "at least " : ""}
          {s.passages === 1 ? "1 passage" : `${s.passages} passages`})
        </span>
      ))}
      {sharing.length > SHARING_SHOWN && <>, and {sharing.length - SHARING_SHOWN} more</>}.
    </p>
    <ol className="space-y-3 text-sm">
      {passages.slice(0, PASSAGES_SHOWN).map((p) => (
        <li key={p.passage} className="rounded border border-stone-200 bg-white p-3">
          <blockquote className="font-serif text-stone-800">“{clipAtWord(p.text, 220)}”</blockquote>
          <p className="mt-1 text-stone-600">
            Also in {p.total === 1 ? "1 article" : `${p.total.toLocaleString("en-US")} articles`}:
          </p>
          <ul className="mt-1 space-y-0.5">
            {p.foundIn.slice(0, SOURCES_SHOWN).map((s) => (
              <li key={s.articleId}>
                <Link href={`/articles/${s.articleId}`} className="text-indigo-800 hover:underline">
                  {s.outlet}: {s.title}
                </Link>{" "}
                <span className="text-xs text-stone-500">{formatDate(s.publishedAt)}</span>{" "}
                <Link href={`/compare/${articleId}/${s.articleId}`} className="text-xs text-indigo-700 underline" aria-label={`Compare with ${s.outlet}: ${s.title}`}>
                  compare
                </Link>
              </li>
            ))}
            {p.total > Math.min(SOURCES_SHOWN, p.foundIn.length) && (
              <li className="text-xs text-stone-500">and {(p.total - Math.min(SOURCES_SHOWN, p.foundIn.length)).toLocaleString("en-US")} more</li>
            )}
          </ul>
        </li>
      ))}
    </ol>
    {hidden > 0 && (
      <p className="mt-2 text-sm text-stone-600">
        {hidden} more passage{hidden === 1 ? " is" : "s are"} carried elsewhere too (all of them: <code>lacuna passages {articleId}</code>).
      </p>
    )}
    </>
  );
}
