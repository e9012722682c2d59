/** Validation of article input at every boundary (form, HTTP, CLI), with messages a user can act on. */
import { z } from "zod";

const optionalTrimmed = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

export const pastedArticleSchema = z.object({
  /** Optional: when left empty, the headline found in the pasted text (or its first sentence) is used. */
  title: optionalTrimmed.pipe(z.string().max(500, "The title is longer than 500 characters.").optional()),
  outlet: z.string().trim().min(1, "Name the outlet (e.g. ANI, Kyodo News, State Department).").max(200, "The outlet name is longer than 200 characters."),
  outletKind: z.enum(["wire", "newspaper", "broadcaster", "government", "other"]).optional(),
  url: optionalTrimmed.pipe(
    z
      .url({ protocol: /^https?$/, message: "The URL must start with http:// or https://." })
      .optional(),
  ),
  publishedAt: optionalTrimmed.pipe(
    z
      .string()
      .refine((v) => !Number.isNaN(Date.parse(v)), "The date is not a date Lacuna can read; use YYYY-MM-DD.")
      .optional(),
  ),
  // Length is checked by checkPastedText, whose message states the limit.
  text: z.string(),
  storyId: optionalTrimmed,
});

export type PastedArticleInput = z.input<typeof pastedArticleSchema>;

export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? issue.message : "The input is not valid.";
}
