/** Day and month names as normalised words (lower case), in calendar order. */
export const WEEKDAY_NAMES: readonly string[] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

export const MONTH_NAMES: readonly string[] = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
];

/** Abbreviated month names as written in datelines ("Jan.", "Sept."), normalised. */
export const MONTH_ABBREVIATIONS: readonly string[] = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];
