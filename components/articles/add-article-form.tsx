"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { addArticleAction } from "@/app/actions/articles";
import { IDLE } from "@/app/actions/form-state";
import { countWords, MAX_TEXT_CHARS } from "@/lib/ingest/input-guards";
import { StoryPicker, unchosenStoryMessage, type PickedStory } from "@/components/stories/story-picker";
import { SHORT_ARTICLE_WORDS } from "./short-article";

const inputClass =
  "mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-indigo-600 focus:outline-none focus:ring-1 focus:ring-indigo-600";


/**
 * Paste an article. Inputs are controlled so a failed submit (too long, empty,
 * duplicate) never clears what the analyst typed.
 */
export function AddArticleForm() {
  const [state, formAction, pending] = useActionState(addArticleAction, IDLE);
  const [values, setValues] = useState({ title: "", outlet: "", outletKind: "", url: "", publishedAt: "", text: "" });
  const [story, setStory] = useState<PickedStory | null>(null);
  const [typedStory, setTypedStory] = useState("");
  // Checked here too: a paste of tens of megabytes must get the same clear message, not a failed upload.
  const [localError, setLocalError] = useState<string | null>(null);
  const bind = (name: keyof typeof values) => ({
    name,
    value: values[name],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value })),
  });

  return (
    <form
      action={formAction}
      className="space-y-4"
      aria-describedby="add-article-status"
      onSubmit={(event) => {
        if (values.text.length > MAX_TEXT_CHARS) {
          event.preventDefault();
          setLocalError(
            `The text is ${values.text.length.toLocaleString("en-US")} characters long; Lacuna takes at most ${MAX_TEXT_CHARS.toLocaleString("en-US")} (about 250,000 words) per article.`,
          );
        } else if (typedStory.trim()) {
          // A title typed and never chosen would otherwise store the article under no story, silently.
          event.preventDefault();
          setLocalError(unchosenStoryMessage(typedStory));
        } else setLocalError(null);
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <label className="block text-sm font-medium text-stone-700">
          Title
          <input {...bind("title")} required maxLength={500} className={inputClass} placeholder="Japan, US agree to step up cooperation against China" />
        </label>
        <label className="block text-sm font-medium text-stone-700">
          Outlet
          <input {...bind("outlet")} required maxLength={200} className={inputClass} placeholder="ANI" />
        </label>
        <label className="block text-sm font-medium text-stone-700">
          Kind of outlet <span className="font-normal text-stone-600">(optional)</span>
          <select {...bind("outletKind")} className={inputClass}>
            <option value="">— not set —</option>
            <option value="wire">wire agency</option>
            <option value="newspaper">newspaper</option>
            <option value="broadcaster">broadcaster</option>
            <option value="government">government</option>
            <option value="other">other</option>
          </select>
        </label>
        <label className="block text-sm font-medium text-stone-700">
          URL <span className="font-normal text-stone-600">(optional)</span>
          <input {...bind("url")} type="url" className={inputClass} placeholder="https://…" />
        </label>
        <label className="block text-sm font-medium text-stone-700">
          Published <span className="font-normal text-stone-600">(optional)</span>
          <input {...bind("publishedAt")} type="date" className={inputClass} />
        </label>
      </div>
      <div className="text-sm font-medium text-stone-700">
        <StoryPicker label="Story (optional)" name="storyId" picked={story} onPick={setStory} onTypedChange={setTypedStory} />
      </div>
      <label className="block text-sm font-medium text-stone-700">
        Article text
        <span className="block text-xs font-normal text-stone-600">
          Paste the page&apos;s text as it is: menus, “Open in App”, tags, disclaimers and related-story lists are removed.
        </span>
        <textarea {...bind("text")} rows={10} className={`${inputClass} font-serif`} aria-describedby="article-text-length" />
      </label>
      <WordCountHint text={values.text} />
      <div className="flex items-center gap-4">
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800 disabled:opacity-60"
        >
          {pending ? "Adding…" : "Add article"}
        </button>
        <p id="add-article-status" role="status" aria-live="polite" className="text-sm">
          {localError && <span className="text-rose-700">{localError}</span>}
          {!localError && state.status === "error" && <span className="text-rose-700">{state.message}</span>}
          {!localError && state.status === "duplicate" && state.articleId && (
            <span className="text-amber-800">
              {state.message}{" "}
              <Link className="underline" href={`/articles/${state.articleId}`}>
                Open the stored article
              </Link>
            </span>
          )}
        </p>
      </div>
    </form>
  );
}

/** A live word count that warns when the text is too short to be an article (it is still accepted). */
function WordCountHint({ text }: { text: string }) {
  const words = text.trim() ? countWords(text) : 0;
  const short = words > 0 && words < SHORT_ARTICLE_WORDS;
  return (
    <p id="article-text-length" aria-live="polite" className={`-mt-2 text-xs ${short ? "text-amber-900" : "text-stone-600"}`}>
      {words === 0 ? "" : short ? `Only ${words} word${words === 1 ? "" : "s"}: that reads like a headline or teaser, not a whole article. It will be stored, but comparisons with it say little.` : `${words.toLocaleString("en-US")} words`}
    </p>
  );
}
