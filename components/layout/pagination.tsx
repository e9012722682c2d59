import Link from "next/link";

interface Props {
  /** What is paged, for the navigation's accessible name ("Stories"). */
  label: string;
  page: number;
  pageCount: number;
  /** The link to page n (keeps whatever else the URL holds). */
  href: (page: number) => string;
}

/** Newer / older page links: a page lists a fixed number of items however large the archive. */
export function Pagination({ label, page, pageCount, href }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={`${label} pages`} className="mt-3 flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className="text-indigo-700 underline" rel="prev">
          ← Newer
        </Link>
      ) : (
        <span className="text-stone-400">← Newer</span>
      )}
      <span className="text-stone-600">
        Page {page} of {pageCount.toLocaleString("en-US")}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className="text-indigo-700 underline" rel="next">
          Older →
        </Link>
      ) : (
        <span className="text-stone-400">Older →</span>
      )}
    </nav>
  );
}
