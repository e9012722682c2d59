/**
 * How many items a view leads with, per side; "show all" opens the rest.
 * A module of its own, without imports, because the browser's components
 * read it too: importing it from the analysis (omission-items.ts) pulled
 * the whole reading of articles, and Node-only code, into client bundles.
 */
export const FIRST_VIEW_ITEMS = 10;
