"use server";

import { requireEditor } from "@/lib/auth/guards";
import { revalidatePath } from "next/cache";
import { quoted, recordActivity } from "@/lib/services/activity";
import { setOutletKind } from "@/lib/services/outlet-kind";
import { UserError } from "@/lib/services/user-error";

export type OutletKindResult = { ok: true; kind: string } | { ok: false; message: string };

/** Sets an outlet's kind (wire, newspaper, broadcaster, government, other). */
export async function setOutletKindAction(outletId: string, kind: string): Promise<OutletKindResult> {
  const editor = await requireEditor();
  try {
    const outlet = await setOutletKind({ outletId: String(outletId), kind: String(kind) });
    await recordActivity(editor, "outlet.kind", `set the kind of the outlet ${quoted(outlet.name)} to ${outlet.kind}`);
    revalidatePath("/", "layout");
    return { ok: true, kind: outlet.kind };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, message: error.message };
    console.error("setOutletKindAction failed", error);
    return { ok: false, message: "The outlet kind could not be saved; try again." };
  }
}
