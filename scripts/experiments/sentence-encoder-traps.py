"""Reads sentence-encoder-traps.ts's similarities (see there): the encoder's best
similarity of each flag to the article said to leave it out, for flags that
hit a key omission, flags that hit a trap (and no key item) and the rest; then
the scorer's figures when flags above a threshold are dropped, and when items
are re-ranked with the similarity as a bonus."""
import json, os, shutil, subprocess, sys, tempfile

key_file, comparisons, sims_file = sys.argv[1:4]
scorer_dir = os.path.join(os.path.dirname(os.path.abspath(key_file)), "..", "..", "eval")
sys.path.insert(0, scorer_dir)
from omission_rank import flag_hits  # noqa: E402

key = {f"{p['a']}__{p['b']}.json": p for p in map(json.loads, filter(str.strip, open(key_file)))}
sims = {(r["file"], r["key"]): r["similarity"] for r in map(json.loads, filter(str.strip, open(sims_file)))}

labelled = []
for file, pair in key.items():
    for flag in json.load(open(os.path.join(comparisons, file)))["omissions"]:
        if (file, flag["key"]) not in sims:
            continue
        side = flag["missingFrom"]
        hits_key = any(flag_hits(flag, item) for item in pair["missing_from_" + side])
        hits_trap = any(flag_hits(flag, trap, trap=True) for trap in pair["traps_" + side])
        labelled.append((flag["kind"], hits_key, hits_trap, sims[(file, flag["key"])]))

def quantiles(values):
    v = sorted(values)
    return " ".join(f"{q}={v[int(len(v) * f)]:.3f}" for q, f in (("q10", 0.1), ("q25", 0.25), ("median", 0.5), ("q75", 0.75), ("q90", 0.9)))

print("Best cosine of a flag with a sentence (or two adjacent ones) of the article said to leave it out:")
for kind in ("passage", "quote", "entity"):
    rows = [r for r in labelled if r[0] == kind]
    for label, keep in (("hits a key omission", lambda r: r[1] and not r[2]), ("hits a trap", lambda r: r[2] and not r[1]), ("neither", lambda r: not r[1] and not r[2])):
        values = [r[3] for r in rows if keep(r)]
        if len(values) >= 5:
            print(f"  {kind:8} {label:20} n={len(values):4}  {quantiles(values)}")

def score(directory):
    out = subprocess.run(["python3", os.path.join(scorer_dir, "omission_rank.py"), key_file, directory], capture_output=True, text=True).stdout
    return out.strip().splitlines()[-1]

print("Scores with the flags above a threshold dropped (all kinds):")
print(f"  none dropped: {score(comparisons)}")
for threshold in (0.85, 0.8, 0.75, 0.7):
    work = tempfile.mkdtemp()
    try:
        for file in key:
            data = json.load(open(os.path.join(comparisons, file)))
            data["omissions"] = [f for f in data["omissions"] if sims.get((file, f.get("key")), 0) <= threshold]
            json.dump(data, open(os.path.join(work, file), "w"))
        print(f"  > {threshold}: {score(work)}")
    finally:
        shutil.rmtree(work)

# The same similarity as a ranking signal: a reader's most important omissions are more often partly reported
# by the other side than the rest are (the medians above), so related items might deserve a higher place. Each
# direction's items keep their order as a score from 1 (first) down to 1/n, plus alpha x (best similarity of
# the item's flags - 0.65), and are sorted again.
def reranked(alpha, directory):
    for file, pair in key.items():
        data = json.load(open(os.path.join(comparisons, file)))
        ordered = []
        for side in "ab":
            items, flags_of = [], {}
            for flag in (f for f in data["omissions"] if f.get("missingFrom") == side):
                if flag.get("item") not in flags_of:
                    items.append(flag.get("item"))
                    flags_of[flag.get("item")] = []
                flags_of[flag.get("item")].append(flag)
            def rank_score(position_item):
                position, item = position_item
                best = max(sims.get((file, f.get("key")), 0.65) for f in flags_of[item])
                return (len(items) - position) / len(items) + alpha * (best - 0.65)
            for _, item in sorted(enumerate(items), key=lambda pi: -rank_score(pi)):
                ordered += flags_of[item]
        data["omissions"] = ordered
        json.dump(data, open(os.path.join(directory, file), "w"))

print("Items re-ranked with the similarity as a bonus:")
for alpha in (0.25, 0.5, 1, 2):
    work = tempfile.mkdtemp()
    try:
        reranked(alpha, work)
        print(f"  alpha {alpha}: {score(work)}")
    finally:
        shutil.rmtree(work)
