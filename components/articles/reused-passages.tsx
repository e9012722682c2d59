import Link from "next/link";
import { formatDate } from "@/components/format";

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

function excerpt(text: string): string {
  return text.length <= 220 ? text : `${text.slice(0, text.lastIndexOf(" ", 220))}…`;
}

/** "Where else does this passage appear": each passage another stored article carries, with those articles. */
export function ReusedPassages({ articleId, passages }: Props) {
  if (passages.length === 0) return <p className="text-sm text-stone-600">No other stored article carries a passage of this one.</p>;
  return (
    <ol className="space-y-3 text-sm">
      {passages.map((p) => (
        <li key={p.passage} className="rounded border border-stone-200 bg-white p-3">
          <blockquote className="font-serif text-stone-800">“{excerpt(p.text)}”</blockquote>
          <p className="mt-1 text-stone-600">
            Also in {p.total === 1 ? "1 article" : `${p.total.toLocaleString("en-US")} articles`}:
          </p>
          <ul className="mt-1 space-y-0.5">
            {p.foundIn.map((s) => (
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
            {p.total > p.foundIn.length && <li className="text-xs text-stone-500">and {(p.total - p.foundIn.length).toLocaleString("en-US")} more</li>}
          </ul>
        </li>
      ))}
    </ol>
  );
}
