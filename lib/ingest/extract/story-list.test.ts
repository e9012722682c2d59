import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { isStoryList } from "./story-list";

const body = (html: string): Element => parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document.body as unknown as Element;

const story = [
  "The night ferry between Port Ellis and Kestrel Island will keep running until at least next spring after the harbour council voted seven to four on Monday to cover the operator's losses.",
  "The service, which carries about 300 passengers on a typical weeknight, lost money in each of the last three years as fuel costs rose and the island's only late-night bar closed.",
  "Councillor Dana Whitlow, who proposed the subsidy, said nurses and hotel staff who finish late depend on the boat and that a water taxi would cost them four times as much.",
];
const cards = ["Sea wall repairs to start in June", "Lifeboat crew called out twice in one night", "Fish market reopens after refit", "Museum wins lottery grant", "Harbour levy to rise by 4% next year"]
  .map((h, i) => `<div class="card"><h3><a href="/news/${i}">${h}</a></h3><p>Traders on the quay say what it means for them.</p></div>`)
  .join("");

describe("isStoryList", () => {
  it("takes the cards of a section front (headline links with one-line teasers) for a list of stories", () => {
    const html = readFileSync(join(__dirname, "fixtures", "section-front.html"), "utf8");
    const main = parseHTML(html).document.querySelector("main") as unknown as Element;
    expect(isStoryList(main)).toBe(true);
  });

  it("takes a bare list of headline links for a list of stories", () => {
    const items = Array.from({ length: 10 }, (_, i) => `<li><a href="/news/${i}">Harbour story number ${i} of the week</a></li>`).join("");
    expect(isStoryList(body(`<h2>Most read</h2><ul>${items}</ul>`))).toBe(true);
  });

  it("does not refuse a short story whose own paragraphs come before cards of more headline links", () => {
    expect(isStoryList(body(`<h1>Harbour council votes to keep night ferry running</h1>${story.map((p) => `<p>${p}</p>`).join("")}<div>${cards}</div>`))).toBe(false);
  });

  it("does not refuse a story whose sub-headings are plain text", () => {
    const sections = ["The vote", "The cost", "What comes next", "Reaction"].map((h, i) => `<h2>${h}</h2><p>${story[i % 3]}</p>`).join("");
    expect(isStoryList(body(sections))).toBe(false);
  });
});
