import http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runLacuna } from "./lacuna-process";

const scratch = mkdtempSync(path.join(tmpdir(), "lacuna-refetch-cli-"));
const env = { LACUNA_DATABASE: path.join(scratch, "refetch.db") };

const paragraphs = [
  "Twelve people died in a fire that swept through a plastics plant in Brackley overnight, the fire service said on Tuesday morning.",
  "Six more workers were taken to hospital in a critical condition, and about 140 people were working the night shift when the fire began.",
  "Chief fire officer Dana Dole said crews had fought the blaze for more than six hours before it was brought under control.",
];
const updated = [paragraphs[0]!.replace("Twelve people died", "Fifteen people have now died"), paragraphs[1]!.replace("Six more", "Three"), paragraphs[2]!, "Correction: an earlier version of this article gave the death toll as twelve."];
let lines = paragraphs;
let title = "Twelve dead in Brackley plant fire";
const page = () =>
  `<!doctype html><html><head><title>${title} | Brackley Gazette</title><meta property="og:site_name" content="Brackley Gazette"></head><body><article><h1>${title}</h1>${lines.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
const server = http.createServer((req, res) => {
  if (req.url === "/gone") res.writeHead(404, { "Content-Type": "text/html" }).end("<h1>Not found</h1>");
  else res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(page());
});
let base = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(scratch, { recursive: true, force: true });
});

const json = (stdout: string) => stdout.trim().split("\n").map((line) => JSON.parse(line) as Record<string, string | undefined>);

describe("lacuna refetch", () => {
  it("says an unchanged page is unchanged, points ingest of an updated page to refetch, and takes the update in place", async () => {
    const [stored] = json((await runLacuna(["ingest", `${base}/news/fire`], env)).stdout);
    expect(stored).toMatchObject({ state: "done" });
    const id = stored!.articleId!;

    const same = await runLacuna(["refetch", id], env);
    expect(same.code).toBe(0);
    expect(json(same.stdout)).toEqual([{ articleId: id, state: "unchanged", message: expect.stringMatching(/^Fetched again: the page is unchanged since .* UTC\.$/) }]);

    lines = updated;
    title = "Brackley fire death toll rises to fifteen";
    const again = await runLacuna(["ingest", `${base}/news/fire`], env);
    expect(again.code).toBe(0);
    expect(json(again.stdout)[0]).toMatchObject({ state: "changed", articleId: id, note: expect.stringContaining(`lacuna refetch ${id}`) });
    expect(json(again.stdout)[0]).not.toHaveProperty("error");

    const taken = await runLacuna(["refetch", id], env);
    expect(taken.code).toBe(0);
    expect(json(taken.stdout)).toEqual([
      { articleId: id, state: "changed", message: expect.stringMatching(/^Fetched again: the page had changed since .* UTC — the headline and 3 paragraphs \(2 changed, 1 new\)\. The stored text is replaced\.$/) },
    ]);
    const database = new Database(env.LACUNA_DATABASE, { readonly: true });
    try {
      const rows = database.prepare(`SELECT id, title, text FROM "Article"`).all() as Array<{ id: string; title: string; text: string }>;
      expect(rows.map((r) => r.id)).toEqual([id]);
      expect(rows[0]!.title).toBe("Brackley fire death toll rises to fifteen");
      expect(rows[0]!.text).toContain("Fifteen people have now died");
      const log = database.prepare(`SELECT actor, text FROM "Activity" WHERE "action" = 'article.refetched' ORDER BY "at"`).all() as Array<{ actor: string; text: string }>;
      expect(log.map((e) => e.text)).toEqual([
        "fetched the article “Twelve dead in Brackley plant fire” (Brackley Gazette) again from its link: the page is unchanged",
        "fetched the article “Brackley fire death toll rises to fifteen” (Brackley Gazette) again from its link: the page had changed — the headline and 3 paragraphs (2 changed, 1 new); its text was replaced",
      ]);
      expect(log.every((e) => e.actor.includes("command line"))).toBe(true);
    } finally {
      database.close();
    }
    // Ingesting the link now finds the stored version current: a plain duplicate.
    expect(json((await runLacuna(["ingest", `${base}/news/fire`], env)).stdout)[0]).toMatchObject({ state: "duplicate", articleId: id });
  }, 240_000);

  it("exits 1 and keeps the stored version when the article cannot be fetched again", async () => {
    const { code, stdout, stderr } = await runLacuna(["refetch", "no-such-article"], env);
    expect(code).toBe(1);
    expect(json(stdout)).toEqual([{ articleId: "no-such-article", state: "failed", message: "No such article." }]);
    expect(stderr).toContain("1 of 1 article(s) could not be fetched again");
  }, 120_000);
});
