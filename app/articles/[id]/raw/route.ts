import { requireViewer } from "@/lib/auth/guards";
import { getArticleRawSource } from "@/lib/db/articles";
import { rawSourceText } from "@/lib/services/reextract-article";

export const dynamic = "force-dynamic";

/**
 * The article exactly as ingested, for provenance. Served as text/plain with
 * nosniff and a sandbox CSP, so a stored page's HTML or scripts can never run here.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireViewer();
  const row = await getArticleRawSource((await params).id);
  if (!row) return new Response("No such article.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(rawSourceText(row), {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "sandbox; default-src 'none'",
    },
  });
}
