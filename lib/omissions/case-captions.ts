/**
 * A case caption ("Beasley v. Green River Valley Water Co.") is read as one
 * name (find-mentions.ts: "Roe v. Wade"), but it names the two parties: a
 * source that names both of them ("Rhonda Beasley … Green River Valley
 * Water") leaves out the citation, not a name. The comparison of two articles
 * (entity-omissions.ts) and the story (coverage.ts) ask this one rule, so
 * neither reports the caption "never in" a source the other counts it in.
 */
import { nameKey } from "../entities/alias-index";
import { companyStem } from "../entities/company-forms";
import type { EntityAcross } from "../entities/resolve-entities";

type Counted = Pick<EntityAcross, "canonical" | "surfaces" | "counts" | "passages">;

/** The two parties of a caption, as name keys ("beasley", "green river valley water co"); undefined for any other name. */
function captionParties(name: string): [string, string] | undefined {
  const parts = name.split(/\s+vs?\.?\s+/);
  if (parts.length !== 2) return undefined;
  const [first, second] = parts.map((p) => nameKey(p)) as [string, string];
  return first && second ? [first, second] : undefined;
}

/** A key and, for a company, the key without its legal form ("green river valley water co" → also "green river valley water"). */
function withStem(key: string): string[] {
  const stem = companyStem(key.split(" "));
  return stem ? [key, stem.join(" ")] : [key];
}

/** Whether an entity is named by `party`: one of its spellings, a company's without its legal form, or a surname alone ("Beasley"). */
function namesParty(entity: Counted, party: string): boolean {
  const keys = new Set(withStem(party));
  return [entity.canonical, ...entity.surfaces].some((form) => {
    const key = nameKey(form);
    return withStem(key).some((k) => keys.has(k)) || (!party.includes(" ") && key.split(" ").at(-1) === party);
  });
}

/**
 * The passages of source `side` that name both parties of the caption
 * `entity`, when the source names both through other entities of the
 * comparison; undefined when the entity is no caption or a party goes unnamed.
 */
export function captionPartiesNamed(entity: Pick<EntityAcross, "canonical">, entities: readonly Counted[], side: number): number[] | undefined {
  const parties = captionParties(entity.canonical);
  if (!parties) return undefined;
  const passages = new Set<number>();
  for (const party of parties) {
    const naming = entities.filter((e) => e.canonical !== entity.canonical && (e.counts[side] ?? 0) > 0 && namesParty(e, party));
    if (naming.length === 0) return undefined;
    for (const e of naming) for (const p of e.passages[side] ?? []) passages.add(p);
  }
  return [...passages].sort((x, y) => x - y);
}
