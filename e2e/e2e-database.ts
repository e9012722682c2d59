/**
 * Direct access to the test server's database file, for what no page does:
 * letting a session run out (time passing) and checking that nothing was
 * stored. Only ever data/e2e.db (playwright.config.ts), never a user's file.
 */
import { createHash } from "node:crypto";
import Database from "better-sqlite3";

const FILE = "data/e2e.db";

function open() {
  const db = new Database(FILE);
  db.pragma("busy_timeout = 5000");
  return db;
}

/** Makes the session of a cookie's token expire, as if a week had passed unused. */
export function expireSession(token: string): number {
  const id = createHash("sha256").update(token).digest("hex");
  const db = open();
  try {
    return db.prepare(`UPDATE "Session" SET "expiresAt" = '2000-01-01T00:00:00.000+00:00' WHERE "id" = ?`).run(id).changes;
  } finally {
    db.close();
  }
}

export function countReviewsIn(scope: string): number {
  const db = open();
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM "FlagReview" WHERE "scope" = ?`).get(scope) as { n: number }).n;
  } finally {
    db.close();
  }
}

export function articleExists(id: string): boolean {
  const db = open();
  try {
    return db.prepare(`SELECT 1 FROM "Article" WHERE "id" = ?`).get(id) !== undefined;
  } finally {
    db.close();
  }
}
