import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract-article";
import { ExtractionError } from "./types";

function refusal(html: string, url?: string): ExtractionError {
  try {
    extractArticle(html, url);
  } catch (error) {
    if (error instanceof ExtractionError) return error;
    throw error;
  }
  throw new Error("the page was extracted");
}

describe("a page with no article text says why when it can", () => {
  it("names the embedded frame that holds the article, at its full address, and skips a video frame", () => {
    const html = `<!doctype html><html><head><title>Dam failure in pictures | Greyford Weekly</title></head><body><header>Greyford Weekly</header>
      <iframe src="https://www.youtube.com/embed/abc"></iframe><iframe src="/news/wire.html" width="800" height="2000" title="article"></iframe></body></html>`;
    const error = refusal(html, "http://127.0.0.1:3994/news/iframe.html");
    expect(error.code).toBe("embedded_frame");
    expect(error.message).toBe("No article text found at http://127.0.0.1:3994/news/iframe.html: the article is in an embedded frame, at http://127.0.0.1:3994/news/wire.html. Add that address instead.");
  });

  it("says a page drawn by JavaScript needs it, for a <noscript> notice or a script beside an empty page", () => {
    const withNotice = `<!doctype html><html><head><title>Dam failure: what we know</title></head><body><div id="app">Loading...</div><noscript>Please enable JavaScript to read this article.</noscript><script>render()</script></body></html>`;
    expect(refusal(withNotice)).toMatchObject({ code: "needs_javascript", message: expect.stringMatching(/draws its article with JavaScript, which Lacuna does not run/) });
    const bareShell = `<!doctype html><html><body><div id="root"></div><script src="/static/app.js"></script></body></html>`;
    expect(refusal(bareShell).code).toBe("needs_javascript");
  });

  it("keeps the general message, and a retry, for an empty page that shows no such cause", () => {
    const error = refusal(`<!doctype html><html><head><title>Page</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>`, "https://news.example/x");
    expect(error.code).toBeUndefined();
    expect(error.message).toMatch(/^No article text found at https:\/\/news\.example\/x: the page has no readable paragraphs/);
  });
});
