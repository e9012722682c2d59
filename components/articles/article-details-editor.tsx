"use client";

import { useActionState } from "react";
import { editArticleDetailsAction } from "@/app/actions/articles";
import type { DetailsFormState } from "@/app/actions/form-state";

export interface ArticleDetailsValues {
  title: string;
  outlet: string;
  /** YYYY-MM-DD, or "" when the date is not known. */
  publishedAt: string;
  byline: string;
}

const INPUT = "mt-1 block w-full rounded border border-stone-300 px-2 py-1.5 text-sm font-normal";

/**
 * Corrects what extraction or the paste form got wrong: a title, the outlet's
 * name (every comparison and report labels the article by it), the date, the
 * byline. Closed by default; a failed save keeps what was typed.
 */
export function ArticleDetailsEditor({ articleId, current }: { articleId: string; current: ArticleDetailsValues }) {
  const [state, formAction, pending] = useActionState(editArticleDetailsAction, { status: "idle" } as DetailsFormState);
  const shown = state.status === "error" && state.values ? { ...current, ...state.values } : current;
  return (
    <details className="mt-3 text-sm" open={state.status === "error" || undefined}>
      <summary className="cursor-pointer text-indigo-700 underline">Edit details</summary>
      {/* Keyed by the stored values, so the fields show a saved correction rather than what was typed before it. */}
      <form key={JSON.stringify(current)} action={formAction} className="mt-2 grid gap-3 rounded border border-stone-200 bg-white p-3 sm:grid-cols-2">
        <input type="hidden" name="articleId" value={articleId} />
        <label className="block font-medium text-stone-700 sm:col-span-2">
          Title
          <input name="title" defaultValue={shown.title} required maxLength={500} className={INPUT} />
        </label>
        <label className="block font-medium text-stone-700">
          Outlet
          <input name="outlet" defaultValue={shown.outlet} required maxLength={200} className={INPUT} />
        </label>
        <label className="block font-medium text-stone-700">
          Published
          <input name="publishedAt" type="date" defaultValue={shown.publishedAt} className={INPUT} />
        </label>
        <label className="block font-medium text-stone-700 sm:col-span-2">
          Byline
          <input name="byline" defaultValue={shown.byline} maxLength={300} className={INPUT} />
        </label>
        <div className="flex items-center gap-3 sm:col-span-2">
          <button type="submit" disabled={pending} className="rounded bg-stone-800 px-4 py-1.5 font-medium text-white disabled:opacity-60">
            {pending ? "Saving…" : "Save details"}
          </button>
          <p role="status" aria-live="polite">
            {state.status === "error" && <span className="text-rose-700">{state.message}</span>}
            {state.status === "saved" && <span className="text-emerald-800">{state.message}</span>}
          </p>
        </div>
      </form>
    </details>
  );
}
