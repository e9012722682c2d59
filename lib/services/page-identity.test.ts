import { describe, expect, it } from "vitest";
import { registeredDomain, trustPageIdentity } from "./page-identity";

describe("registeredDomain", () => {
  it("groups a publisher's hosts and keeps separate owners apart", () => {
    expect(registeredDomain("www.bbc.co.uk")).toBe("bbc.co.uk");
    expect(registeredDomain("news.bbc.co.uk")).toBe("bbc.co.uk");
    expect(registeredDomain("alice.github.io")).toBe("alice.github.io");
    expect(registeredDomain("127.0.0.1")).toBe("127.0.0.1");
    expect(registeredDomain("localhost")).toBe("localhost");
    expect(registeredDomain("WWW.Example.COM.")).toBe("example.com");
  });
});

describe("trustPageIdentity", () => {
  const fetched = "https://www.kyodonews.net/news/2021/05/talks.html";

  it("believes a canonical on the fetched site's registered domain", () => {
    expect(trustPageIdentity("https://english.kyodonews.net/news/2021/05/talks", fetched)).toEqual({
      canonicalUrl: "https://english.kyodonews.net/news/2021/05/talks",
      canonicalClaim: null,
      domain: "kyodonews.net",
    });
  });

  it("keeps the fetched URL and notes the claim when the page claims another site's article", () => {
    expect(trustPageIdentity("https://www.reuters.com/world/asia/real-story", "http://spoof.example/copy")).toEqual({
      canonicalUrl: "http://spoof.example/copy",
      canonicalClaim: "https://www.reuters.com/world/asia/real-story",
      domain: "spoof.example",
    });
  });

  it("never stores a javascript:, data: or other non-web canonical", () => {
    for (const claim of ["javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://kyodonews.net/x", "not a url"]) {
      expect(trustPageIdentity(claim, fetched)).toMatchObject({ canonicalUrl: fetched, canonicalClaim: claim });
    }
  });

  it("does not let a sibling under a shared suffix speak for another", () => {
    expect(trustPageIdentity("https://bob.github.io/post", "https://alice.github.io/post")).toMatchObject({ canonicalUrl: "https://alice.github.io/post", canonicalClaim: "https://bob.github.io/post" });
  });

  it("uses the fetched URL when the page claims nothing, or claims exactly that", () => {
    expect(trustPageIdentity(null, fetched)).toEqual({ canonicalUrl: fetched, canonicalClaim: null, domain: "kyodonews.net" });
    expect(trustPageIdentity(fetched, fetched)).toEqual({ canonicalUrl: fetched, canonicalClaim: null, domain: "kyodonews.net" });
  });

  it("trusts no canonical from an uploaded file, which has no address of its own", () => {
    expect(trustPageIdentity("https://www.reuters.com/x", null)).toEqual({ canonicalUrl: null, canonicalClaim: "https://www.reuters.com/x", domain: null });
    expect(trustPageIdentity(null, null)).toEqual({ canonicalUrl: null, canonicalClaim: null, domain: null });
  });

  it("treats loopback hosts as different sites from each other (the test fixture site relies on it)", () => {
    expect(trustPageIdentity("http://localhost:4000/a", "http://127.0.0.1:4000/b")).toMatchObject({ canonicalClaim: "http://localhost:4000/a" });
  });
});
