"""Experiment (7 December, twelfth session; not adopted, docs/omissions.md "Traps"):
what if a passage item that names nothing new, gives no figure and quotes no
one, and whose words the other article says in part (its closest passage
covers at least COVER % of them, the figure the flag's note gives), were taken
as said in other words and left out of the omissions? Drops those items from
the kept comparison JSONs and scores the result with the shared scorer, on
the whole key and on its halves (pairs at even and odd lines), next to the
JSONs as they are.

  LACUNA_RANK_KEEP=/tmp/rank-out npx tsx scripts/eval-omission-rank.ts
  python3 scripts/experiments/plain-covered-passages.py /tmp/rank-out [COVER ...]
"""
import collections, json, os, re, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(ROOT, "..", "shared")
KEY = os.path.join(SHARED, "datasets", "omissions-dev", "answer-key.jsonl")
SCORER = os.path.join(SHARED, "eval", "omission_rank.py")
NEW_FACTS = {"entity", "number", "conflict", "quote"}

kept = sys.argv[1]
covers = [int(c) for c in sys.argv[2:]] or [30, 35, 40]
lines = [line for line in open(KEY, encoding="utf-8") if line.strip()]
pairs = [json.loads(line) for line in lines]


def plain_and_covered(flags, cover):
    """Keys (side, item) of passage-led items with no name, figure or quotation flag and a closest cover ≥ `cover` %."""
    groups = collections.OrderedDict()
    for f in flags:
        groups.setdefault((f["missingFrom"], f.get("item")), []).append(f)
    dropped = set()
    for key, group in groups.items():
        lead = group[0]
        if lead["kind"] != "passage":
            continue
        said = re.search(r"says (\d+)% of it", lead.get("note", ""))
        if said and int(said.group(1)) >= cover and not {f["kind"] for f in group[1:]} & NEW_FACTS:
            dropped.add(key)
    return dropped


def score(key_lines, out_dir):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as key_file:
        key_file.write("".join(key_lines))
    try:
        return subprocess.run(["python3", SCORER, key_file.name, out_dir], capture_output=True, text=True, check=True).stdout.strip()
    finally:
        os.unlink(key_file.name)


def report(label, out_dir):
    print(label)
    print("  all  ", score(lines, out_dir))
    print("  even ", score(lines[0::2], out_dir))
    print("  odd  ", score(lines[1::2], out_dir))


report("as they are", kept)
for cover in covers:
    out_dir = tempfile.mkdtemp(prefix="plain-covered-")
    removed = 0
    for p in pairs:
        name = f"{p['a']}__{p['b']}.json"
        comparison = json.load(open(os.path.join(kept, name), encoding="utf-8"))
        dropped = plain_and_covered(comparison["omissions"], cover)
        removed += len(dropped)
        comparison["omissions"] = [f for f in comparison["omissions"] if (f["missingFrom"], f.get("item")) not in dropped]
        json.dump(comparison, open(os.path.join(out_dir, name), "w", encoding="utf-8"))
    report(f"without plain passages covered ≥ {cover} % ({removed} items dropped)", out_dir)
    shutil.rmtree(out_dir)
