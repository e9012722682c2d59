/** The state a form action returns to its form: what happened, plus the values typed, so nothing is lost on an error. */
export type FormState = {
  status: "idle" | "error" | "duplicate" | "created";
  message?: string;
  articleId?: string;
  values?: Record<string, string>;
};

export const IDLE: FormState = { status: "idle" };

/** What the article-details form gets back: saved, or why not, with what was typed. */
export type DetailsFormState = { status: "idle" | "saved" | "error"; message?: string; values?: Record<string, string> };
