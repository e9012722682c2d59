/**
 * The searches read stored search keys (lib/text/search-key.ts). An archive
 * upgraded in place may still hold rows without one (a title with accents,
 * written before the keys existed); they are filled before the first search
 * of the process reads the keys, so no such row is missed. Once per database.
 */
import "server-only";
import { databasePath } from "../db/database-path";
import { fillMissingSearchKeys } from "../db/search-keys";

const state = globalThis as unknown as { lacunaSearchKeys?: Map<string, Promise<void>> };

export function searchKeysReady(): Promise<void> {
  const filled = (state.lacunaSearchKeys ??= new Map());
  const file = databasePath();
  let ready = filled.get(file);
  if (!ready) {
    ready = fillMissingSearchKeys().then(() => undefined);
    // A failed fill (a locked file) is tried again by the next search.
    ready.catch(() => filled.delete(file));
    filled.set(file, ready);
  }
  return ready;
}
