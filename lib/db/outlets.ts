/** Outlets are matched by domain when known, otherwise by name, and created on first sight. */
import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { db } from "./client";

export type OutletKind = "wire" | "newspaper" | "broadcaster" | "government" | "other";

export interface OutletInput {
  name: string;
  domain?: string | null;
  kind?: OutletKind;
}

export async function findOrCreateOutlet(tx: Prisma.TransactionClient, input: OutletInput) {
  const domain = input.domain?.toLowerCase().replace(/^www\./, "") || null;
  // Upsert by domain: parallel ingests of two links from one new site must not race on the unique index.
  if (domain) return tx.outlet.upsert({ where: { domain }, create: { name: input.name, domain, kind: input.kind ?? "other" }, update: {} });
  const existing = await tx.outlet.findFirst({ where: { name: input.name, domain: null } });
  return existing ?? tx.outlet.create({ data: { name: input.name, domain, kind: input.kind ?? "other" } });
}

/** The analyst's correction of an outlet's kind (the kind is guessed from the domain on first sight); null when there is no such outlet. */
export async function updateOutletKind(outletId: string, kind: OutletKind) {
  const { count } = await (await db()).outlet.updateMany({ where: { id: outletId }, data: { kind } });
  return count === 0 ? null : { id: outletId, kind };
}
