"use server";

import { revalidatePath } from "next/cache";
import { requireEditor } from "@/lib/auth/guards";
import { addAlias, removeAlias } from "@/lib/services/entity-aliases";
import { UserError } from "@/lib/services/user-error";

export type AliasFormState = { status: "idle" | "saved" | "error"; message?: string };

export async function addAliasAction(_previous: AliasFormState, form: FormData): Promise<AliasFormState> {
  await requireEditor();
  let saved: { canonical: string; alias: string };
  try {
    saved = await addAlias({ canonical: String(form.get("canonical") ?? ""), alias: String(form.get("alias") ?? "") });
  } catch (error) {
    if (error instanceof UserError) return { status: "error", message: error.message };
    console.error("addAliasAction failed", error);
    return { status: "error", message: "The alias could not be saved; try again." };
  }
  revalidatePath("/aliases");
  return { status: "saved", message: `“${saved.alias}” now counts as ${saved.canonical}.` };
}

export async function removeAliasAction(alias: string): Promise<{ ok: boolean }> {
  await requireEditor();
  try {
    await removeAlias(String(alias));
  } catch (error) {
    console.error("removeAliasAction failed", error);
    return { ok: false };
  }
  revalidatePath("/aliases");
  return { ok: true };
}
