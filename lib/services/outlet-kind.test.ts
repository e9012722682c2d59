import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getArticle } from "../db/articles";
import { addPastedArticle } from "./add-pasted-article";
import { setOutletKind } from "./outlet-kind";
import { useTestDatabase } from "./test-database";
import { UserError } from "./user-error";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
});
afterAll(async () => cleanup());

describe("setOutletKind", () => {
  it("corrects a guessed kind: a readout pasted as text becomes a government source", async () => {
    // An outlet whose name says nothing of its kind (a ministry's name would be guessed as government already).
    const { articleId } = await addPastedArticle({ title: "Readout", outlet: "Foreign Affairs Desk", text: "The Secretary met the Foreign Minister in London on Monday. They discussed North Korea." });
    const before = await getArticle(articleId);
    expect(before?.outlet.kind).toBe("other");
    await setOutletKind({ outletId: before!.outletId, kind: "government" });
    expect((await getArticle(articleId))?.outlet.kind).toBe("government");
  });

  it("refuses an unknown kind or outlet with a message", async () => {
    await expect(setOutletKind({ outletId: "x", kind: "blog" })).rejects.toThrow(/wire, newspaper/);
    await expect(setOutletKind({ outletId: "no-such-outlet", kind: "wire" })).rejects.toBeInstanceOf(UserError);
  });
});
