import { requireViewer } from "@/lib/auth/guards";
import { openActivityItem } from "@/lib/services/activity-item-link";

export const dynamic = "force-dynamic";

/**
 * An Activity entry's "open the item": resolved when clicked, so a review that
 * moved to a new key since the log was listed (or is moving now, after a join)
 * still opens at its finding. A relative Location keeps the host the browser
 * used (request.url names Next's own) and the item's #fragment.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireViewer();
  const href = await openActivityItem((await params).id);
  if (!href) return new Response("This item can no longer be opened: its story, comparison or entry is gone.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  return new Response(null, { status: 303, headers: { Location: href, "Cache-Control": "no-store" } });
}
