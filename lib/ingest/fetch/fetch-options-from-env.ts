/**
 * The fetch settings a deployment may change through the environment. Only
 * one exists: LACUNA_ALLOW_LOOPBACK_FETCH=1 lets end-to-end tests fetch pages
 * from a server on 127.0.0.1 (on any port: it also lifts the 80/443 rule, as
 * test servers listen on random ports). It is all-or-nothing on purpose — exactly "1",
 * anything else (including "true") leaves loopback refused — so a stray value
 * in production cannot open the fetcher to the machine it runs on.
 */
import type { FetchOptions } from "./fetch-page";

export function fetchOptionsFromEnv(env: Readonly<Record<string, string | undefined>>): Pick<FetchOptions, "allowLoopback"> {
  return { allowLoopback: env.LACUNA_ALLOW_LOOPBACK_FETCH === "1" };
}
