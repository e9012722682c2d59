/**
 * The outlets of a batch of articles, found or created in a few statements
 * instead of one ORM round per outlet: an import from the scale corpus names
 * ~170 outlets per chunk of 250, and their one-by-one upserts were a fifth of
 * the write time (0.3 ms an article). Same rules as `findOrCreateOutlet`
 * (lib/db/outlets.ts): an outlet is its name on its domain, created on first
 * sight with the kind given, never changed by a later sighting.
 */
import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { newId } from "./new-id";
import { storedDomain, type OutletInput } from "./outlets";
import { chunkRows, valuesList } from "./sql-batches";
import { searchKey } from "../text/search-key";

export interface BatchOutlet {
  id: string;
  name: string;
}

/** One key per stored outlet (name and domain). */
export function outletKey(input: OutletInput): string {
  return JSON.stringify([input.name, storedDomain(input)]);
}

async function storedOutlets(tx: Prisma.TransactionClient, names: readonly string[]): Promise<Map<string, BatchOutlet>> {
  const found = new Map<string, BatchOutlet>();
  for (const chunk of chunkRows(names, 1)) {
    // Oldest first, so a name stored twice without a domain (two racing first sightings) resolves to the same row every time.
    const rows = await tx.outlet.findMany({ where: { name: { in: chunk } }, select: { id: true, name: true, domain: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    for (const row of rows) {
      const key = outletKey(row);
      if (!found.has(key)) found.set(key, { id: row.id, name: row.name });
    }
  }
  return found;
}

/**
 * The outlet of every input, keyed by `outletKey`: read in one query, the
 * missing ones inserted in one multi-row statement and read back. A
 * concurrent writer that creates the same (domain, name) first wins the
 * unique index; ON CONFLICT DO NOTHING then keeps its row, which the read-back finds.
 */
export async function findOrCreateOutlets(tx: Prisma.TransactionClient, inputs: readonly OutletInput[]): Promise<Map<string, BatchOutlet>> {
  const wanted = new Map<string, OutletInput>();
  for (const input of inputs) if (!wanted.has(outletKey(input))) wanted.set(outletKey(input), input);
  const names = [...new Set([...wanted.values()].map((input) => input.name))];
  let found = await storedOutlets(tx, names);
  const missing = [...wanted].filter(([key]) => !found.has(key)).map(([, input]) => input);
  if (missing.length === 0) return found;

  // Prisma's own text form of a DateTime in SQLite, as its `create` writes the default now().
  const now = new Date().toISOString().replace("Z", "+00:00");
  const rows = missing.map((input) => [newId(), input.name, searchKey(input.name), storedDomain(input), input.kind ?? "other", now]);
  for (const chunk of chunkRows(rows, 5)) {
    await tx.$executeRaw`INSERT INTO "Outlet" ("id", "name", "nameKey", "domain", "kind", "createdAt") VALUES ${valuesList(chunk)} ON CONFLICT DO NOTHING`;
  }
  found = await storedOutlets(tx, names);
  for (const key of wanted.keys()) if (!found.has(key)) throw new Error(`Outlet ${key} was neither found nor created`);
  return found;
}
