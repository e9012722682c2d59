/**
 * Flags → the items an analyst reads: each item groups the flags about one
 * omission, carries its evidence and the reasons for its rank. The flag list
 * is reordered to match (items in rank order, each item's flags together), so
 * scripts that read `omissions` see the order of the page.
 */
import type { Importance, Omission, OmissionItem } from "../types/comparison";

export interface GroupedOmissions {
  items: OmissionItem[];
  omissions: Omission[];
}

export function importanceOf(salience: number): Importance {
  return salience >= 0.6 ? "high" : salience >= 0.4 ? "medium" : "low";
}

/** Provisional: one item per flag, in the flags' order. */
export function groupOmissionItems(flags: readonly Omission[]): GroupedOmissions {
  const items: OmissionItem[] = flags.map((f) => ({
    id: f.key,
    missingFrom: f.missingFrom,
    kind: f.kind,
    title: f.term ?? (f.text ?? "").slice(0, 80),
    salience: f.severity,
    importance: importanceOf(f.severity),
    reasons: f.note ? [f.note] : [],
    flags: [f.key],
    evidence: f.missingFrom === "b" ? f.passagesA : f.passagesB,
    related: f.missingFrom === "b" ? f.passagesB : f.passagesA,
  }));
  return { items, omissions: flags.map((f) => ({ ...f, item: f.key })) };
}
