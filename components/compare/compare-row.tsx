import type { ReactNode } from "react";
import type { BlockRole } from "@/lib/text/types";
import type { CompareRow } from "./build-rows";
import type { ArticleLang } from "./compare-page-model";
import { DiffText, InlineDiff } from "./diff-text";
import { KindBadge } from "./kind-badge";

export type Layout = "columns" | "inline";
type Labels = { a: string; b: string };

function RoleTag({ role }: { role: BlockRole | undefined }) {
  if (!role || role === "body") return null;
  return <span className="mr-1 rounded bg-stone-200 px-1 text-[0.7rem] uppercase tracking-wide text-stone-700">{role}</span>;
}

const KIND_WORD = { identical: "identical", near: "light edits", paraphrase: "reworded", partial: "partial" } as const;

/** Whole passages found on one side only: A's in the red of removed words, B's in the green of added ones, each with a sign that survives greyscale. */
/** An article's own words: in their language (when not English) and direction, whatever the page's. */
function ArticleWords({ lang, children }: { lang: string | undefined; children: ReactNode }) {
  return (
    <span lang={lang} dir="auto">
      {children}
    </span>
  );
}

function OnlyBox({ side, labels, role, text, lang }: { side: "a" | "b"; labels: Labels; role: BlockRole; text: string; lang: string | undefined }) {
  const a = side === "a";
  return (
    <div className={`rounded border-l-4 px-2 py-1 ${a ? "only-a border-rose-500 bg-rose-50" : "only-b border-emerald-600 bg-emerald-50"}`}>
      <p className="font-sans">
        <KindBadge kind={a ? "only-a" : "only-b"} label={`${a ? "−" : "+"} only in ${a ? labels.a : labels.b}`} />
      </p>
      <RoleTag role={role} />
      <ArticleWords lang={lang}>{text}</ArticleWords>
    </div>
  );
}

/**
 * One row of the comparison, side by side (A left, B right) or as an inline
 * redline (one column: removed words struck through, added words underlined).
 */
export function CompareRowView({
  row,
  labels,
  layout,
  order,
  highlighted,
  onFollow,
  lang = {},
}: {
  row: CompareRow;
  labels: Labels;
  /** Each side's HTML language, when not English. */
  lang?: ArticleLang;
  layout: Layout;
  /** Whose reading order the rows follow: a moved pair's marker sits in the other article's column. */
  order: "a" | "b";
  highlighted: boolean;
  onFollow: (id: string) => void;
}) {
  const base = `py-3 font-serif leading-relaxed outline-none scroll-mt-28 ${layout === "columns" ? "grid grid-cols-2 gap-x-4" : ""} ${highlighted ? "bg-amber-50 ring-2 ring-amber-400" : ""}`;
  if (row.type === "pair") {
    const label = `${row.kind} pair${row.moved ? ", moved" : ""}`;
    const badges = (
      <p className="mb-1 flex flex-wrap gap-1 font-sans">
        <KindBadge kind={row.category === "same" ? "same" : row.kind} label={`${KIND_WORD[row.kind]} ${Math.round(row.score * 100)}%`} />
        {row.moved && <KindBadge kind="moved" label="moved" />}
        {row.category === "figures" && <span className="inline-block rounded bg-fuchsia-100 px-1.5 py-0.5 text-xs font-medium text-fuchsia-950">figures differ</span>}
        {row.importance && row.importance !== "low" && <span className="text-xs font-semibold uppercase text-stone-700">{row.importance} importance</span>}
      </p>
    );
    const far = order === "a" ? "b" : "a";
    const markerId = `moved-${far}-${row.id.slice("pair-".length)}`;
    const movedLink = row.moved && (
      <a
        href={`#${markerId}`}
        onClick={(e) => {
          e.preventDefault();
          onFollow(markerId);
        }}
        className="font-sans text-xs text-indigo-800 underline"
      >
        moved: in {labels[far]} this is passage {(row[far][0] ?? 0) + 1} — go there
      </a>
    );
    if (layout === "inline") {
      return (
        <li id={row.id} tabIndex={-1} className={base} aria-label={label} data-category={row.category} data-a={row.a[0]} data-b={row.b[0]} data-importance={row.importance}>
          {badges}
          <RoleTag role={row.roleA} />
          <InlineDiff diff={row.diff} lang={lang} />
          {movedLink && <p>{movedLink}</p>}
        </li>
      );
    }
    return (
      <li id={row.id} tabIndex={-1} className={base} aria-label={label} data-category={row.category} data-a={row.a[0]} data-b={row.b[0]} data-importance={row.importance}>
        <div>
          {badges}
          <RoleTag role={row.roleA} />
          <ArticleWords lang={lang.a}>
            <DiffText diff={row.diff} side="a" />
          </ArticleWords>
        </div>
        <div>
          <p className="mb-1 font-sans">{movedLink || <span className="text-xs">&nbsp;</span>}</p>
          <RoleTag role={row.roleB} />
          <ArticleWords lang={lang.b}>
            <DiffText diff={row.diff} side="b" />
          </ArticleWords>
        </div>
      </li>
    );
  }
  if (row.type === "moved-marker") {
    const where = row.column === "b" ? labels.b : labels.a;
    const beside = row.column === "b" ? labels.a : labels.b;
    const note = (
      <div className="font-sans text-sm text-stone-700">
        <KindBadge kind="moved" label="moved" />{" "}
        <a
          href={`#${row.targetId}`}
          onClick={(e) => {
            e.preventDefault();
            onFollow(row.targetId);
          }}
          className="text-indigo-800 underline"
        >
          {where} has “{row.excerpt}” here; it is shown beside its counterpart in {beside}
        </a>
      </div>
    );
    return (
      <li id={row.id} tabIndex={-1} className={base} aria-label="moved passage marker" data-category={row.category}>
        {layout === "inline" ? note : row.column === "b" ? <><div />{note}</> : <>{note}<div /></>}
      </li>
    );
  }
  const side = row.type === "only-a" ? "a" : "b";
  const box = <OnlyBox side={side} labels={labels} role={row.role} text={row.text} lang={lang[side]} />;
  const gap = <div className="self-center text-center font-sans text-xs text-stone-600" aria-hidden="true">—</div>;
  return (
    <li id={row.id} tabIndex={-1} className={base} aria-label={`only in ${side === "a" ? labels.a : labels.b}`} data-category={row.category} data-a={row.a[0]} data-b={row.b[0]} data-importance={row.importance}>
      {layout === "inline" ? box : side === "a" ? <>{box}{gap}</> : <>{gap}{box}</>}
    </li>
  );
}
