"use client";

import type { ReactNode } from "react";

/**
 * A link before something long to Tab through (a table with a button in every
 * cell: a story's coverage matrix was some 240 Tab stops), to its end. Hidden
 * until focused, like the page's own skip link. Its target is a focusable note
 * after the content ("End of …"), so a screen reader says where focus landed
 * and the next Tab goes on from there.
 */
export function SkipPast({ id, label, endLabel, children }: { id: string; label: string; endLabel: string; children: ReactNode }) {
  const endId = `${id}-end`;
  return (
    <>
      <a
        href={`#${endId}`}
        // Focus the end itself, not only scroll to it; and leave the address alone (the story page reads items from it).
        onClick={(event) => {
          event.preventDefault();
          document.getElementById(endId)?.focus();
        }}
        className="sr-only rounded bg-white px-2 py-1 text-sm font-medium text-indigo-800 underline focus:not-sr-only focus:mb-2 focus:inline-block"
      >
        {label}
      </a>
      {children}
      <p id={endId} tabIndex={-1} className="sr-only focus:not-sr-only focus:mt-2 focus:inline-block focus:text-sm focus:text-stone-700">
        {endLabel}
      </p>
    </>
  );
}
