/**
 * Ids for rows written by multi-row SQL (Prisma's client fills `@default(cuid())`
 * only for its own inserts): the same shape as a cuid — "c", the time in base
 * 36, a per-process counter, random characters — so ids stay URL-safe, about
 * ordered by creation and unique across processes.
 */
import "server-only";
import { randomBytes } from "node:crypto";

let counter = Math.floor(Math.random() * 36 ** 4);

export function newId(): string {
  counter = (counter + 1) % 36 ** 4;
  const random = [...randomBytes(8)].map((b) => (b % 36).toString(36)).join("");
  return `c${Date.now().toString(36).padStart(8, "0")}${counter.toString(36).padStart(4, "0")}${random}`;
}
