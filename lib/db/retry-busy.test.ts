import { describe, expect, it } from "vitest";
import { isBusyError, retryWhenBusy } from "./retry-busy";

const snapshot = Object.assign(new Error("Raw query failed. Code: `SQLITE_BUSY_SNAPSHOT`. Message: `database is locked`"), { code: "P2010" });

describe("retryWhenBusy", () => {
  it("runs a transaction again when its snapshot went stale, and returns what the retry stored", async () => {
    let runs = 0;
    const stored = await retryWhenBusy(async () => {
      runs++;
      if (runs < 3) throw snapshot;
      return "article-1";
    });
    expect(stored).toBe("article-1");
    expect(runs).toBe(3);
  });

  it("passes any other error through at once, and gives up on a database that stays busy", async () => {
    let runs = 0;
    await expect(
      retryWhenBusy(async () => {
        runs++;
        throw new Error("UNIQUE constraint failed: Article.canonicalUrl");
      }),
    ).rejects.toThrow(/UNIQUE/);
    expect(runs).toBe(1);
    await expect(retryWhenBusy(async () => Promise.reject(snapshot), 3)).rejects.toBe(snapshot);
    expect(isBusyError(snapshot)).toBe(true);
    expect(isBusyError({ meta: { code: "SQLITE_BUSY" } })).toBe(true);
  });
});
