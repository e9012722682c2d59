"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addEntityAlias, removeEntityAlias } from "@/lib/db/aliases";

const aliasSchema = z.object({
  canonical: z.string().trim().min(1, "Name the entity the alias stands for (e.g. Antony Blinken).").max(200),
  alias: z.string().trim().min(1, "Give the alias (e.g. Tony Blinken).").max(200),
});

export type AliasFormState = { status: "idle" | "saved" | "error"; message?: string };

export async function addAliasAction(_previous: AliasFormState, form: FormData): Promise<AliasFormState> {
  const parsed = aliasSchema.safeParse({ canonical: form.get("canonical"), alias: form.get("alias") });
  if (!parsed.success) return { status: "error", message: parsed.error.issues[0]?.message ?? "Invalid alias." };
  if (parsed.data.alias.toLowerCase() === parsed.data.canonical.toLowerCase()) return { status: "error", message: "The alias is the same as the name." };
  try {
    await addEntityAlias(parsed.data.canonical, parsed.data.alias);
  } catch (error) {
    console.error("addAliasAction failed", error);
    return { status: "error", message: "The alias could not be saved; try again." };
  }
  revalidatePath("/aliases");
  return { status: "saved", message: `“${parsed.data.alias}” now counts as ${parsed.data.canonical}.` };
}

export async function removeAliasAction(alias: string): Promise<{ ok: boolean }> {
  try {
    await removeEntityAlias(String(alias));
  } catch (error) {
    console.error("removeAliasAction failed", error);
    return { ok: false };
  }
  revalidatePath("/aliases");
  return { ok: true };
}
