import { describe, expect, it } from "vitest";
import { withoutTracking } from "./tracking-params";

describe("withoutTracking", () => {
  it("drops campaign and click identifiers, keeping the parameters that name the page", () => {
    expect(withoutTracking("http://127.0.0.1:3994/news/uebersicht-de.html?utm_source=twitter&utm_medium=social&fbclid=XYZ")).toBe("http://127.0.0.1:3994/news/uebersicht-de.html");
    expect(withoutTracking("https://news.example/article?id=42&gclid=abc&UTM_Campaign=x#update-7")).toBe("https://news.example/article?id=42#update-7");
  });

  it("leaves an address without tracking exactly as given, and what is not a web address alone", () => {
    expect(withoutTracking("https://news.example/a?page=2&from=home")).toBe("https://news.example/a?page=2&from=home");
    expect(withoutTracking("not a url?utm_source=x")).toBe("not a url?utm_source=x");
  });
});
