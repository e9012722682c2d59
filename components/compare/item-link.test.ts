import { describe, expect, it } from "vitest";
import { itemHref, itemIdFromHash } from "./item-link";

describe("links to an omission item", () => {
  it("name the item in the fragment and read it back, whatever its id holds", () => {
    for (const id of ["passage:b:0556725c", "entity:a:ostrava-shipyards", "quote:changed:9bbc1303", "name with spaces & #hash"]) {
      const href = itemHref("/compare/x1/y2?page=2", id);
      expect(href.startsWith("/compare/x1/y2?page=2#item:")).toBe(true);
      expect(itemIdFromHash(href.slice(href.indexOf("#")))).toBe(id);
    }
  });

  it("replace a fragment the address already has", () => {
    expect(itemHref("/compare/x1/y2#pair-12", "entity:b:kishi")).toBe("/compare/x1/y2#item:entity%3Ab%3Akishi");
  });

  it("leave a row's fragment, an empty one and a broken escape alone", () => {
    expect(itemIdFromHash("#pair-12")).toBeNull();
    expect(itemIdFromHash("")).toBeNull();
    expect(itemIdFromHash("#item:")).toBeNull();
    expect(itemIdFromHash("#item:%E0%A4%A")).toBeNull();
  });
});
