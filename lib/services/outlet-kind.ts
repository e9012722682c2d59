/**
 * Use case: the analyst sets what kind of outlet a publisher is (wire,
 * newspaper, broadcaster, government, other). Lacuna's guess from the domain
 * is only a first answer: a government readout pasted as text starts as
 * "other".
 */
import "server-only";
import { z } from "zod";
import { updateOutletKind } from "../db/outlets";
import { UserError } from "./user-error";

export const OUTLET_KINDS = ["wire", "newspaper", "broadcaster", "government", "other"] as const;
const inputSchema = z.object({
  outletId: z.string().min(1, "No outlet was named."),
  kind: z.enum(OUTLET_KINDS, { message: `The kind must be one of: ${OUTLET_KINDS.join(", ")}.` }),
});

export async function setOutletKind(input: { outletId: unknown; kind: unknown }) {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) throw new UserError("invalid_input", parsed.error.issues[0]?.message ?? "Invalid input.");
  const updated = await updateOutletKind(parsed.data.outletId, parsed.data.kind);
  if (!updated) throw new UserError("not_found", "That outlet no longer exists.");
  return updated;
}
