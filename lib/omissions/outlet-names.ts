/**
 * An outlet naming itself ("HuffPost", "The New York Times", "Kyodo News")
 * is no news another outlet leaves out: these tell an entity from the outlet.
 */
import type { EntityAcross } from "../entities/resolve-entities";

/** Lower case, without a leading "The" and a web suffix: "The New York Times" = "New York Times", "HuffPost.com" = "huffpost". */
const formMemo = new Map<string, string>();

function outletForm(name: string): string {
  let form = formMemo.get(name);
  if (form === undefined) {
    form = readOutletForm(name);
    if (formMemo.size > 10_000) formMemo.clear();
    formMemo.set(name, form);
  }
  return form;
}

function readOutletForm(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/\.(?:com|org|net|co\.uk)$/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Whether an entity is the outlet itself: the same name, or one contains the other ("Kyodo" / "Kyodo News"). */
export function namesOutlet(e: Pick<EntityAcross, "canonical" | "surfaces">, outlet: string): boolean {
  const own = outletForm(outlet);
  if (own.length < 3) return false;
  return [e.canonical, ...e.surfaces].some((form) => {
    const f = outletForm(form);
    return f.length >= 3 && (f === own || (f.length >= 4 && (own.includes(f) || f.includes(own))));
  });
}
