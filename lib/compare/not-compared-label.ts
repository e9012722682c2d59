/**
 * What the pages and the reports show instead of a figure for two articles in
 * different languages: they are not compared (Lacuna matches words and does
 * not translate), so a "0%" there would read as "nothing in common".
 * Importing nothing: the browser's components and the reports both read it.
 */

/** The marker in place of the figure. */
export const NOT_COMPARED_OTHER_LANGUAGE = "not compared (other language)";

/** Why, for a tooltip or a note beside the marker. */
export const NOT_COMPARED_WHY = "The two articles are in different languages: Lacuna matches passages by their words and does not translate, so it gives no shared figure for them.";
