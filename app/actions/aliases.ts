"use server";

import { revalidatePath } from "next/cache";
import { requireEditor } from "@/lib/auth/guards";
import { quoted, recordActivity } from "@/lib/services/activity";
import { addAlias, removeAlias } from "@/lib/services/entity-aliases";
import { UserError } from "@/lib/services/user-error";

export type AliasFormState = { status: "idle" | "saved" | "error"; message?: string };

export async function addAliasAction(_previous: AliasFormState, form: FormData): Promise<AliasFormState> {
  const editor = await requireEditor();
  let saved: { canonical: string; alias: string };
  try {
    saved = await addAlias({ canonical: String(form.get("canonical") ?? ""), alias: String(form.get("alias") ?? "") });
    await recordActivity(editor, "alias.added", `made ${quoted(saved.alias)} count as ${quoted(saved.canonical)}`);
  } catch (error) {
    if (error instanceof UserError) return { status: "error", message: error.message };
    console.error("addAliasAction failed", error);
    return { status: "error", message: "The alias could not be saved; try again." };
  }
  revalidatePath("/aliases");
  return { status: "saved", message: `“${saved.alias}” now counts as ${saved.canonical}.` };
}

export async function removeAliasAction(alias: string): Promise<{ ok: boolean }> {
  const editor = await requireEditor();
  try {
    await removeAlias(String(alias));
    await recordActivity(editor, "alias.removed", `removed the alias ${quoted(String(alias))}`);
  } catch (error) {
    console.error("removeAliasAction failed", error);
    return { ok: false };
  }
  revalidatePath("/aliases");
  return { ok: true };
}
