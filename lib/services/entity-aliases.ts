/**
 * Use cases: an analyst teaches Lacuna that two names are one entity
 * ("Tony Blinken" → "Antony Blinken"), or takes that back. The aliases join the
 * built-in list in every later comparison.
 */
import "server-only";
import { z } from "zod";
import { addEntityAlias, removeEntityAlias } from "../db/aliases";
import { UserError } from "./user-error";

const aliasSchema = z.object({
  canonical: z.string().trim().min(1, "Name the entity the alias stands for (e.g. Antony Blinken).").max(200, "Keep the name under 200 characters."),
  alias: z.string().trim().min(1, "Give the alias (e.g. Tony Blinken).").max(200, "Keep the alias under 200 characters."),
});

export type AliasInput = z.input<typeof aliasSchema>;

/** Stores (or re-points) an alias; returns the trimmed pair. Throws UserError on input the analyst can fix. */
export async function addAlias(input: AliasInput): Promise<{ canonical: string; alias: string }> {
  const parsed = aliasSchema.safeParse(input);
  if (!parsed.success) throw new UserError("invalid_input", parsed.error.issues[0]?.message ?? "Invalid alias.");
  const { canonical, alias } = parsed.data;
  if (alias.toLowerCase() === canonical.toLowerCase()) throw new UserError("invalid_input", "The alias is the same as the name.");
  await addEntityAlias(canonical, alias);
  return { canonical, alias };
}

/** Forgets an alias; removing one that is not there is not an error (a second click, another tab). */
export async function removeAlias(alias: string): Promise<void> {
  const name = String(alias).trim();
  if (!name) throw new UserError("invalid_input", "Say which alias to remove.");
  await removeEntityAlias(name);
}
