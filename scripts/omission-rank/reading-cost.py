#!/usr/bin/env python3
"""A ranking figure that grouping cannot inflate: how many key omissions an analyst
has met after reading the first N sentences of evidence, items in the tool's order.

R@5 counts items, so an item that gathers many sentences reaches more of the key at
no cost; here every item costs the sentences it shows (its evidence; at least one),
and a key item is reached at the sentence where the first flag that hits it (the
answer key's own matching rule, imported from omission_rank.py) shows.

usage: reading-cost.py SCORER.py ANSWER_KEY.jsonl OUTPUT_DIR [N ...]   (default N: 10 20)
"""
import importlib.util, json, os, sys

def load_scorer(path):
    spec = importlib.util.spec_from_file_location("omission_rank", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module

def present_passages(flag, side_missing):
    return flag.get("passagesA" if side_missing == "b" else "passagesB") or []

def main():
    scorer, key_file, out_dir = load_scorer(sys.argv[1]), sys.argv[2], sys.argv[3]
    budgets = [int(n) for n in sys.argv[4:]] or [10, 20]
    reached = {n: 0 for n in budgets}
    total = 0
    for line in open(key_file, encoding="utf-8"):
        if not line.strip():
            continue
        p = json.loads(line)
        path = os.path.join(out_dir, f"{p['a']}__{p['b']}.json")
        flags = json.load(open(path, encoding="utf-8")).get("omissions", []) if os.path.exists(path) else []
        for side in ("b", "a"):
            mine = [f for f in flags if f.get("missingFrom") == side]
            # Items in order of first appearance, each with its flags and its sentences.
            items, by_id = [], {}
            for i, f in enumerate(mine):
                gid = ("item", f["item"]) if f.get("item") is not None else ("flag", i)
                if gid not in by_id:
                    by_id[gid] = {"flags": [], "sentences": []}
                    items.append(by_id[gid])
                it = by_id[gid]
                it["flags"].append(f)
                for s in present_passages(f, side):
                    if s not in it["sentences"]:
                        it["sentences"].append(s)
            for key_item in p.get(f"missing_from_{side}", []):
                total += 1
                read, cost = 0, None
                for it in items:
                    sentences = sorted(it["sentences"])
                    for f in it["flags"]:
                        if scorer.flag_hits(f, key_item):
                            own = present_passages(f, side)
                            at = min((sentences.index(s) for s in own if s in sentences), default=0)
                            cost = read + at + 1 if cost is None else min(cost, read + at + 1)
                    if cost is not None:
                        break
                    read += max(1, len(sentences))
                for n in budgets:
                    reached[n] += cost is not None and cost <= n
    print(" ".join(f"R@{n}sent={reached[n] / total:.3f}" for n in budgets) + f" items={total}")

if __name__ == "__main__":
    main()
