/** Outlets are matched by domain when known, otherwise by name, and created on first sight. */
import "server-only";
import type { Prisma } from "../../generated/prisma/client";

export type OutletKind = "wire" | "newspaper" | "broadcaster" | "government" | "other";

export interface OutletInput {
  name: string;
  domain?: string | null;
  kind?: OutletKind;
}

export async function findOrCreateOutlet(tx: Prisma.TransactionClient, input: OutletInput) {
  const domain = input.domain?.toLowerCase().replace(/^www\./, "") || null;
  const existing = domain
    ? await tx.outlet.findUnique({ where: { domain } })
    : await tx.outlet.findFirst({ where: { name: input.name, domain: null } });
  if (existing) return existing;
  return tx.outlet.create({ data: { name: input.name, domain, kind: input.kind ?? "other" } });
}
