/** Entity aliases added by analysts in the app, on top of the built-in list. */
import "server-only";
import { appendTo } from "../collections/append-to";
import { db } from "./client";

export async function listEntityAliases(): Promise<Array<{ canonical: string; aliases: string[] }>> {
  const rows = await (await db()).entityAlias.findMany({ orderBy: { canonical: "asc" } });
  const byCanonical = new Map<string, string[]>();
  for (const row of rows) appendTo(byCanonical, row.canonical, row.alias);
  return [...byCanonical].map(([canonical, aliases]) => ({ canonical, aliases }));
}

export async function addEntityAlias(canonical: string, alias: string) {
  await (await db()).entityAlias.upsert({ where: { alias }, create: { canonical, alias }, update: { canonical } });
}

export async function removeEntityAlias(alias: string) {
  await (await db()).entityAlias.deleteMany({ where: { alias } });
}
