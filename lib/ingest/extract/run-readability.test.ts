import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { elementsByTagNames, runReadability } from "./run-readability";

const doc = (html: string): Document => parseHTML(html).document as unknown as Document;

describe("elementsByTagNames", () => {
  it("returns the same elements in the same order as querySelectorAll", () => {
    const d = doc("<html><body><div><p>a</p><section><h2>b</h2><p>c</p></section></div><p>d</p><H2>e</H2></body></html>");
    const ours = elementsByTagNames(d.body, ["p", "h2"]).map((e) => e.textContent);
    const theirs = [...d.body.querySelectorAll("p,h2")].map((e) => e.textContent);
    expect(ours).toEqual(["a", "b", "c", "d", "e"]);
    expect(ours).toEqual(theirs);
  });

  it("searches a whole document when given one", () => {
    const d = doc("<html><head><script>x</script></head><body><noscript>n</noscript><p>t</p></body></html>");
    expect(elementsByTagNames(d, ["script", "noscript"]).map((e) => e.tagName)).toEqual(["SCRIPT", "NOSCRIPT"]);
  });

  it("does not include the root itself", () => {
    const d = doc("<html><body><div id='x'><div>inner</div></div></body></html>");
    const root = d.getElementById("x")!;
    expect(elementsByTagNames(root, ["div"]).map((e) => e.textContent)).toEqual(["inner"]);
  });
});

describe("runReadability", () => {
  it("returns the article container holding the story, without the sidebar", () => {
    const para = (n: number): string => `<p>Paragraph ${n}: the harbour authority said on Tuesday that dredging of the outer channel would start in March, and that larger container ships could dock by the autumn.</p>`;
    const d = doc(`<html><body><div class="sidebar"><a href="/a">Weather</a> <a href="/b">Sport</a></div><article>${[1, 2, 3, 4].map(para).join("")}</article></body></html>`);
    const text = runReadability(d)?.textContent ?? "";
    expect(text).toContain("Paragraph 4: the harbour authority");
    expect(text).not.toContain("Weather");
  });
});
