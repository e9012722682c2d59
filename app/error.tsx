"use client";

/** Last-resort error page: says what happened and offers a retry; typed input in other tabs is untouched. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="font-serif text-3xl font-semibold">Something went wrong</h1>
      <p className="mt-3 text-stone-600">Lacuna could not show this page. Nothing was changed. {error.digest ? `(reference ${error.digest})` : null}</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-indigo-700 px-4 py-2 text-white hover:bg-indigo-800">Try again</button>
    </div>
  );
}
