"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { uploadArticleAction } from "@/app/actions/articles";
import { IDLE } from "@/app/actions/form-state";
import { MAX_UPLOAD_BYTES } from "@/lib/ingest/input-guards";


/** Upload a saved web page (.html) or a text file. */
export function UploadForm() {
  const [state, formAction, pending] = useActionState(uploadArticleAction, IDLE);
  const [outlet, setOutlet] = useState("");
  const [localError, setLocalError] = useState<string | null>(null);
  return (
    <form
      action={formAction}
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
        // Checked here too, so a huge file is refused before it is sent.
        if (file && file.size > MAX_UPLOAD_BYTES) {
          event.preventDefault();
          setLocalError(`${file.name} is ${(file.size / 1048576).toFixed(1)} MB; Lacuna takes files up to ${MAX_UPLOAD_BYTES / 1048576} MB.`);
        } else setLocalError(null);
      }}
    >
      <label className="block text-sm font-medium text-stone-700">
        File
        <input name="file" type="file" accept=".html,.htm,.xhtml,.txt,.md,.markdown,text/html,text/plain,text/markdown" required className="mt-1 block text-sm" />
      </label>
      <label className="block text-sm font-medium text-stone-700">
        Outlet <span className="font-normal text-stone-600">(needed for text files)</span>
        <input name="outlet" value={outlet} onChange={(e) => setOutlet(e.target.value)} maxLength={200} className="mt-1 block rounded border border-stone-300 px-2 py-1.5 text-sm" />
      </label>
      <button type="submit" disabled={pending} className="rounded bg-stone-800 px-4 py-2 text-sm font-medium text-white disabled:opacity-60">
        {pending ? "Uploading…" : "Upload"}
      </button>
      <p role="status" aria-live="polite" className="basis-full text-sm">
        {localError && <span className="text-rose-700">{localError}</span>}
        {!localError && state.status === "error" && <span className="text-rose-700">{state.message}</span>}
        {!localError && state.status === "duplicate" && state.articleId && (
          <span className="text-amber-800">
            {state.message} <Link className="underline" href={`/articles/${state.articleId}`}>Open the stored article</Link>
          </span>
        )}
      </p>
    </form>
  );
}
