"use client";

import { useState } from "react";
import { FlagReview, type ReviewView } from "@/components/compare/flag-review";

interface StoryFlagView {
  key: string;
  kind: "entity" | "passage";
  text: string;
}

/** Story-level flags ("mentioned by 3 of 4 sources; absent from …"), each reviewable like a pairwise flag. */
export function StoryFlags({ flags, scope, reviews: initial }: { flags: StoryFlagView[]; scope: string; reviews: Record<string, ReviewView> }) {
  const [reviews, setReviews] = useState(initial);
  const [hideDismissed, setHideDismissed] = useState(true);
  const visible = flags.filter((f) => !(hideDismissed && reviews[f.key]?.status === "dismissed"));
  return (
    <div>
      <label className="flex items-center gap-1 text-xs text-stone-600">
        <input type="checkbox" checked={hideDismissed} onChange={(e) => setHideDismissed(e.target.checked)} /> Hide dismissed
      </label>
      <ol className="mt-2 space-y-1">
        {visible.map((flag) => (
          <li key={flag.key} className="rounded border border-stone-200 bg-white px-3 py-2 text-sm">
            <span className="mr-2 rounded bg-rose-100 px-1.5 py-0.5 text-xs font-medium text-rose-900">{flag.kind === "entity" ? "Name" : "Passage"}</span>
            {flag.text}
            <FlagReview
              scope={scope}
              flagKey={flag.key}
              review={reviews[flag.key]}
              onChange={(review) =>
                setReviews((current) => {
                  const next = { ...current };
                  if (review) next[flag.key] = review;
                  else delete next[flag.key];
                  return next;
                })
              }
            />
          </li>
        ))}
      </ol>
      {visible.length === 0 && <p className="mt-2 text-sm text-stone-600">All flags are dismissed.</p>}
    </div>
  );
}
