import { describe, expect, it } from "vitest";
import { compareHref, comparePageHref, pageIndexFromQuery } from "./compare-page-href";

describe("the address of a page of a long comparison", () => {
  it("reads back as the page it was made for, in either order", () => {
    for (const order of ["a", "b"] as const) {
      for (const page of [0, 1, 2, 7]) {
        const href = comparePageHref("/compare/x1/y2", { order, page, fragment: "item:passage%3Ab%3A1" });
        const url = new URL(href, "http://127.0.0.1");
        expect(pageIndexFromQuery(url.searchParams.get("page") ?? undefined)).toBe(page);
        expect(url.searchParams.get("order")).toBe(order === "b" ? "b" : null);
        expect(url.hash).toBe("#item:passage%3Ab%3A1");
      }
    }
  });

  it("counts from 1 as the page links read, and leaves the first page's address plain", () => {
    expect(comparePageHref("/compare/x1/y2", { order: "a", page: 1 })).toBe("/compare/x1/y2?page=2");
    expect(comparePageHref("/compare/x1/y2", { order: "a", page: 0 })).toBe("/compare/x1/y2");
  });

  it("keeps the window of items beside the page of rows, counted from 1 too", () => {
    const href = comparePageHref("/compare/x1/y2", { order: "b", page: 2, items: 1, fragment: "missing-from-b" });
    expect(href).toBe("/compare/x1/y2?order=b&page=3&items=2#missing-from-b");
    expect(pageIndexFromQuery(new URL(href, "http://127.0.0.1").searchParams.get("items") ?? undefined)).toBe(1);
    expect(comparePageHref("/compare/x1/y2", { order: "a", page: 0, items: 0 })).toBe("/compare/x1/y2");
  });

  it("takes a missing, zero, negative or garbled page as the first", () => {
    for (const value of [undefined, "", "0", "-3", "two"]) expect(pageIndexFromQuery(value)).toBe(0);
  });
});

describe("a comparison opened from a story", () => {
  it("carries the story's id, and keeps it on every page and order the page links to", () => {
    const base = compareHref("a1", "b2", "s9");
    expect(base).toBe("/compare/a1/b2?story=s9");
    expect(comparePageHref(base, { order: "b", page: 1, fragment: "pair-3" })).toBe("/compare/a1/b2?story=s9&order=b&page=2#pair-3");
    expect(comparePageHref(base, { order: "a", page: 0 })).toBe("/compare/a1/b2?story=s9");
  });

  it("adds nothing when opened on its own", () => {
    expect(compareHref("a1", "b2")).toBe("/compare/a1/b2");
  });
});
