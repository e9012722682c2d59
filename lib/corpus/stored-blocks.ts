/**
 * A stored article's blocks: `Article.text` split at the block separator, each
 * with its role from `Article.blockRoles` (a JSON array). Roles that do not
 * line up, or are unknown, fall back to "body".
 */
import { BLOCK_SEPARATOR, type Block, type BlockRole } from "../text/types";

const ROLES: ReadonlySet<string> = new Set<BlockRole>(["body", "heading", "caption", "quote", "list-item", "credit", "boilerplate"]);

export function storedBlocks(text: string, blockRoles: string): Block[] {
  let roles: unknown;
  try {
    roles = JSON.parse(blockRoles);
  } catch {
    roles = [];
  }
  const list = Array.isArray(roles) ? roles : [];
  return text.split(BLOCK_SEPARATOR).map((blockText, i) => {
    const role = list[i];
    return { text: blockText, role: typeof role === "string" && ROLES.has(role) ? (role as BlockRole) : "body" };
  });
}
