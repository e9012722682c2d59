"use client";

import { useState, useTransition } from "react";
import { deleteArticleAction, deletionWarningAction, reextractArticleAction, refetchArticleAction } from "@/app/actions/articles";
import { useCanEdit } from "@/components/auth/can-edit";

/**
 * Provenance and maintenance of one article: the raw source, re-extraction, fetching its link again (`fetchedFrom`:
 * the link it was fetched from; none for a pasted or uploaded article), deletion.
 */
export function ArticleActions({ articleId, fetchedFrom }: { articleId: string; fetchedFrom?: string | null }) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const editor = useCanEdit();
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <a href={`/articles/${articleId}/raw`} className="text-indigo-700 underline">Original as ingested</a>
      {editor && (
      <>
      <button
        type="button"
        disabled={pending}
        className="rounded border border-stone-300 bg-white px-2 py-1"
        onClick={() => startTransition(async () => setMessage((await reextractArticleAction(articleId)).message))}
      >
        Re-extract
      </button>
      {fetchedFrom && (
        <button
          type="button"
          disabled={pending}
          title={`Fetch ${fetchedFrom} again and replace the stored text if the page has changed`}
          className="rounded border border-stone-300 bg-white px-2 py-1"
          onClick={() => startTransition(async () => setMessage((await refetchArticleAction(articleId)).message))}
        >
          Fetch again
        </button>
      )}
      <button
        type="button"
        disabled={pending}
        className="rounded border border-rose-300 bg-white px-2 py-1 text-rose-800"
        onClick={() =>
          startTransition(async () => {
            // Asked when clicked, not with the page: it says which reviews stay with their findings and which go.
            const warning = await deletionWarningAction(articleId);
            if (warning === null) return setMessage("This article no longer exists.");
            if (!window.confirm(warning)) return;
            const failure = await deleteArticleAction(articleId);
            if (failure) setMessage(failure.message);
          })
        }
      >
        Delete
      </button>
      </>
      )}
      {message && <span role="status">{message}</span>}
    </div>
  );
}
