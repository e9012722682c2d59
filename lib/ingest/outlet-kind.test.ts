import { describe, expect, it } from "vitest";
import { guessOutletKind } from "./outlet-kind";

describe("guessOutletKind", () => {
  it("recognises government domains across countries", () => {
    expect(guessOutletKind({ host: "www.state.gov" })).toBe("government");
    expect(guessOutletKind({ host: "www.mofa.go.jp" })).toBe("government");
    expect(guessOutletKind({ host: "www.gov.uk" })).toBe("government");
    expect(guessOutletKind({ host: "www.ecologie.gouv.fr" })).toBe("government");
    expect(guessOutletKind({ host: "www.beehive.govt.nz" })).toBe("government");
    // abcnews.go.com is a broadcaster, not a .go.xx government host.
    expect(guessOutletKind({ host: "abcnews.go.com" })).toBe("broadcaster");
  });

  it("recognises wire agencies and broadcasters by host, subdomains included", () => {
    expect(guessOutletKind({ host: "english.kyodonews.net" })).toBe("wire");
    expect(guessOutletKind({ host: "www.reuters.com", name: "Reuters" })).toBe("wire");
    expect(guessOutletKind({ host: "www3.nhk.or.jp" })).toBe("broadcaster");
  });

  it("reads the kind from the outlet's name: ministries, news agencies, television and radio", () => {
    expect(guessOutletKind({ host: "127.0.0.1", name: "Ministry of Transport" })).toBe("government");
    expect(guessOutletKind({ name: "Department for Education" })).toBe("government");
    expect(guessOutletKind({ name: "Office of the Prime Minister" })).toBe("government");
    expect(guessOutletKind({ name: "Yonhap News Agency" })).toBe("wire");
    expect(guessOutletKind({ name: "Agence France-Presse" })).toBe("wire");
    expect(guessOutletKind({ name: "Channel 9 News" })).toBe("broadcaster");
    expect(guessOutletKind({ name: "Radio Kessingford" })).toBe("broadcaster");
    expect(guessOutletKind({ name: "NDTV" })).toBe("broadcaster");
    // The government wins over the broadcasting in its name.
    expect(guessOutletKind({ name: "Ministry of Information and Broadcasting" })).toBe("government");
  });

  it("does not read a kind from words newspapers share", () => {
    expect(guessOutletKind({ name: "Detroit Free Press" })).toBeUndefined();
    expect(guessOutletKind({ name: "The Press Democrat" })).toBeUndefined();
    expect(guessOutletKind({ name: "Environment Agency" })).toBeUndefined();
    expect(guessOutletKind({ name: "The English Channel Times" })).toBeUndefined();
    expect(guessOutletKind({ name: "Kessingford Gazette", publisherTypes: ["NewsMediaOrganization"] })).toBeUndefined();
  });

  it("takes the publisher's declared schema.org type", () => {
    expect(guessOutletKind({ name: "Harbour Eye", publisherTypes: ["TelevisionStation"] })).toBe("broadcaster");
    expect(guessOutletKind({ name: "Portal", publisherTypes: ["GovernmentOrganization"] })).toBe("government");
  });

  it("takes a story that names its own outlet in the dateline for a wire's, not one that names another", () => {
    const wire = "KESSINGFORD, Dec 3 (Meridian Press) - Seven people were killed when a train derailed.";
    expect(guessOutletKind({ host: "127.0.0.1", name: "Meridian Press", opening: wire })).toBe("wire");
    // A newspaper reprinting the wire's story carries the wire's dateline under its own name.
    expect(guessOutletKind({ name: "Daily Courier", opening: wire })).toBeUndefined();
    expect(guessOutletKind({ name: "Kyodo News", opening: "TOKYO (Kyodo) -- Japan and the United States agreed on Tuesday." })).toBe("wire");
  });

  it("does not take a newspaper naming itself in its own dateline for a wire", () => {
    const own = "MARLOW (El Diario del Valle) - Una presa en el arroyo Hollins cedió el martes.";
    expect(guessOutletKind({ host: "127.0.0.1", name: "El Diario del Valle", opening: own })).toBeUndefined();
    expect(guessOutletKind({ name: "Marlow Daily Herald", opening: "MARLOW (Marlow Daily Herald) - A dam gave way on Tuesday." })).toBeUndefined();
    expect(guessOutletKind({ name: "Die Rheinische Zeitung", opening: "KÖLN (Die Rheinische Zeitung) - Ein Damm brach am Dienstag." })).toBeUndefined();
  });

  it("reads a North American call sign before News, TV or Radio as a broadcaster's, and not other capitals", () => {
    for (const name of ["KVBN News", "WGN-TV", "KQED Radio", "WABC 7 News", "KOMO-TV"]) expect(guessOutletKind({ host: "127.0.0.1", name }), name).toBe("broadcaster");
    for (const name of ["Kent News", "WSJ News", "KCNA News", "Kessingford News", "KVBN"]) expect(guessOutletKind({ name }), name).toBeUndefined();
  });

  it("takes a text labelled a press release for no outlet's (other), after every stronger signal", () => {
    expect(guessOutletKind({ host: "harbourline.example", name: "Harbourline Newsroom", pressRelease: true })).toBe("other");
    // A ministry's release is the government's; a release carried on a newswire's site is the wire's.
    expect(guessOutletKind({ host: "transport.gov.example", name: "Ministry of Transport", pressRelease: true })).toBe("government");
    expect(guessOutletKind({ host: "prnewswire.com", name: "PR Newswire", pressRelease: true })).toBe("wire");
    expect(guessOutletKind({ host: "harbourline.example", name: "Harbourline Newsroom" })).toBeUndefined();
  });

  it("says nothing for an unknown news site, leaving the default to the caller", () => {
    expect(guessOutletKind({ host: "thediplomat.com", name: "The Diplomat" })).toBeUndefined();
    expect(guessOutletKind({})).toBeUndefined();
  });
});
