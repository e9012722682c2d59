/**
 * Outlets are matched by domain and name together, and created on first
 * sight. A name the analyst typed is therefore kept, never folded into
 * another outlet that happens to share the domain; and a page's own site name
 * names an outlet only on the domain the page was actually fetched from
 * (lib/services/page-identity.ts), so "Reuters" served from elsewhere is
 * filed under that elsewhere.
 */
import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { db } from "./client";
import { searchKey } from "../text/search-key";

export type OutletKind = "wire" | "newspaper" | "broadcaster" | "government" | "other";

export interface OutletInput {
  name: string;
  /** The registered domain the article was fetched from (or that the analyst's URL names); null for pasted text without a URL. */
  domain?: string | null;
  kind?: OutletKind;
}

/** How an outlet's domain is stored: lower-cased, without "www.", or null. */
export function storedDomain(input: OutletInput): string | null {
  return input.domain?.toLowerCase().replace(/^www\./, "") || null;
}

export async function findOrCreateOutlet(tx: Prisma.TransactionClient, input: OutletInput) {
  const domain = storedDomain(input);
  const kind = input.kind ?? "other";
  if (!domain) {
    const existing = await tx.outlet.findFirst({ where: { name: input.name, domain: null } });
    return existing ?? tx.outlet.create({ data: { name: input.name, nameKey: searchKey(input.name), domain, kind } });
  }
  // Upsert on (domain, name): parallel ingests of two links from one new site must not race on the unique index.
  return tx.outlet.upsert({ where: { domain_name: { domain, name: input.name } }, create: { name: input.name, nameKey: searchKey(input.name), domain, kind }, update: {} });
}

/** The analyst's correction of an outlet's kind (the kind is guessed from the domain on first sight); null when there is no such outlet. */
export async function updateOutletKind(outletId: string, kind: OutletKind) {
  const client = await db();
  const { count } = await client.outlet.updateMany({ where: { id: outletId }, data: { kind } });
  if (count === 0) return null;
  const row = await client.outlet.findUnique({ where: { id: outletId }, select: { name: true } });
  return { id: outletId, kind, name: row?.name ?? "" };
}
