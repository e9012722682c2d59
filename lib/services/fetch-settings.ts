/**
 * Settings of the server-side fetcher, from the environment. Loopback is for
 * tests only (they serve fixture pages from 127.0.0.1) and is off unless
 * LACUNA_ALLOW_LOOPBACK_FETCH=1; private and link-local addresses are never allowed.
 */
import type { FetchOptions } from "../ingest/fetch/fetch-page";

export function fetchOptionsFromEnv(signal?: AbortSignal): FetchOptions {
  return { allowLoopback: process.env.LACUNA_ALLOW_LOOPBACK_FETCH === "1", signal };
}
