"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { compareHref } from "@/components/compare/compare-page-href";

interface Props {
  articles: Array<{ id: string; label: string }>;
  initialA?: string;
  /** On a story page: the comparison names the two by the story's labels (compareHref). */
  storyId?: string;
}

/** Pick any two stored articles and open their comparison. */
export function ComparePicker({ articles, initialA, storyId }: Props) {
  const router = useRouter();
  const [a, setA] = useState(initialA ?? articles[0]?.id ?? "");
  const [b, setB] = useState(articles.find((x) => x.id !== (initialA ?? articles[0]?.id))?.id ?? "");
  const same = a !== "" && a === b;
  const select = "mt-1 block w-full rounded border border-stone-300 bg-white px-2 py-2 text-sm";
  return (
    <form
      className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
      onSubmit={(e) => {
        e.preventDefault();
        if (a && b && !same) router.push(compareHref(a, b, storyId));
      }}
    >
      <label className="block text-sm font-medium text-stone-700">
        Article A
        <select value={a} onChange={(e) => setA(e.target.value)} className={select}>
          {articles.map((x) => (
            <option key={x.id} value={x.id}>{x.label}</option>
          ))}
        </select>
      </label>
      <label className="block text-sm font-medium text-stone-700">
        Article B
        <select value={b} onChange={(e) => setB(e.target.value)} className={select}>
          <option value="">— choose —</option>
          {articles.map((x) => (
            <option key={x.id} value={x.id}>{x.label}</option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={!a || !b || same} className="rounded bg-stone-800 px-4 py-2 text-sm font-medium text-white hover:bg-stone-900 disabled:opacity-50">
        Compare
      </button>
      {same && <p className="text-sm text-amber-800 sm:col-span-3" role="status">Pick two different articles: an article compared with itself shows no differences.</p>}
    </form>
  );
}
