/**
 * Cuts markup that never carries article text out of the HTML string before
 * it is parsed: comments, <style>, inline <svg> drawings and <script>s other
 * than JSON-LD (metadata) and HTML templates (some blogs ship the article
 * body as one). On news pages these are a large share of the bytes and of
 * the DOM nodes; not building them is the cheapest way to make parsing and
 * every later tree walk faster. <noscript> stays: some pages put the article
 * in it, and the DOM pass decides that with its guards.
 */
// "<!-->" and "<!--->" are complete (empty) comments in HTML; IE conditional markup uses them around <html>.
const INERT = /<!---?>|<!--[\s\S]*?-->|<(script|style|svg)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi;
const KEEP_SCRIPT = /\btype\s*=\s*["']?(?:application\/ld\+json|text\/(?:x-)?template)/i;

export function stripInertMarkup(html: string): string {
  return html.replace(INERT, (whole: string, tag: string | undefined, attrs: string | undefined) =>
    tag && tag.toLowerCase() === "script" && KEEP_SCRIPT.test(attrs ?? "") ? whole : "",
  );
}
