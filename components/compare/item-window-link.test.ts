import { describe, expect, it } from "vitest";
import { linkedItemWindowHref } from "./item-window-link";

describe("the address a link to an item on another window of items goes to", () => {
  const model = { order: "b" as const, page: 2, itemWindow: 0, itemWindowOf: { "passage:b:9f3a": 1, "entity:b:ashby": 2 } };

  it("opens the item's window, keeping the page of rows, the order and the fragment", () => {
    const href = linkedItemWindowHref("/compare/x1/y2", model, "#item:passage%3Ab%3A9f3a");
    expect(href).toBe("/compare/x1/y2?order=b&page=3&items=2#item:passage%3Ab%3A9f3a");
    const url = new URL(href!, "http://127.0.0.1");
    expect(url.searchParams.get("items")).toBe("2");
    expect(decodeURIComponent(url.hash)).toBe("#item:passage:b:9f3a");
    expect(linkedItemWindowHref("/compare/x1/y2", { ...model, order: "a", page: 0 }, "#item:entity%3Ab%3Aashby")).toBe("/compare/x1/y2?items=3#item:entity%3Ab%3Aashby");
  });

  it("goes to the first window, which the address leaves plain", () => {
    expect(linkedItemWindowHref("/compare/x1/y2", { order: "a", page: 0, itemWindow: 1, itemWindowOf: { k: 0 } }, "#item:k")).toBe("/compare/x1/y2#item:k");
  });

  it("stays when the item is on this page, unknown, not an item, or the comparison has one window", () => {
    expect(linkedItemWindowHref("/compare/x1/y2", { ...model, itemWindow: 1 }, "#item:passage%3Ab%3A9f3a")).toBeNull();
    expect(linkedItemWindowHref("/compare/x1/y2", model, "#item:gone")).toBeNull();
    expect(linkedItemWindowHref("/compare/x1/y2", model, "#item:toString")).toBeNull();
    expect(linkedItemWindowHref("/compare/x1/y2", model, "#pair-12")).toBeNull();
    expect(linkedItemWindowHref("/compare/x1/y2", model, "")).toBeNull();
    expect(linkedItemWindowHref("/compare/x1/y2", { order: "a", page: 0, itemWindow: 0 }, "#item:passage%3Ab%3A9f3a")).toBeNull();
  });
});
