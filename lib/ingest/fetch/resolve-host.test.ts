import type { LookupAddress, LookupOptions } from "node:dns";
import { describe, expect, it } from "vitest";
import { FetchError } from "./fetch-error";
import { pinnedLookup, resolveChecked, type ResolvedAddress } from "./resolve-host";

const answers: ResolvedAddress[] = [
  { address: "2606:4700::6810:84e5", family: 6 },
  { address: "104.16.132.229", family: 4 },
];

function ask(options: LookupOptions): Promise<{ error: NodeJS.ErrnoException | null; address: string | LookupAddress[]; family?: number }> {
  return new Promise((resolve) => pinnedLookup(answers)("news.example", options, (error, address, family) => resolve({ error, address, family })));
}

describe("pinnedLookup", () => {
  it("answers a single lookup with the first checked address", async () => {
    expect(await ask({})).toEqual({ error: null, address: "2606:4700::6810:84e5", family: 6 });
  });

  it("honours a requested family", async () => {
    expect(await ask({ family: 4 })).toEqual({ error: null, address: "104.16.132.229", family: 4 });
  });

  it("returns all checked addresses when Node races IPv4 against IPv6", async () => {
    expect((await ask({ all: true })).address).toEqual(answers);
  });

  it("fails rather than invent an address of a family it was not given", async () => {
    const lookup = pinnedLookup([{ address: "104.16.132.229", family: 4 }]);
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => lookup("news.example", { family: 6 }, (e) => resolve(e)));
    expect(error?.code).toBe("ENOTFOUND");
  });
});

describe("resolveChecked", () => {
  it("returns the answers when every one is public", async () => {
    expect(await resolveChecked("news.example", async () => answers, {}, "https://news.example/")).toEqual(answers);
  });

  it("refuses the host when any answer is internal, naming that address", async () => {
    const resolver = async (): Promise<ResolvedAddress[]> => [...answers, { address: "fd00:ec2::254", family: 6 }];
    const error = await resolveChecked("news.example", resolver, {}, "https://news.example/").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).message).toBe("news.example resolves to a cloud metadata service address (fd00:ec2::254), which Lacuna does not fetch.");
  });

  it("treats an empty answer as a DNS failure", async () => {
    const error = await resolveChecked("news.example", async () => [], {}, "https://news.example/").catch((e: unknown) => e);
    expect((error as FetchError).code).toBe("dns_failed");
  });
});
