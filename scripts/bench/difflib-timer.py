"""Times Python's difflib on two text files, as a user would run it: the
SequenceMatcher's opcodes over the texts' words, and over their sentences.
Prints one JSON line: median milliseconds of each, interpreter start excluded
(the caller times the whole process separately)."""
import difflib
import json
import re
import statistics
import sys
import time

a_text = open(sys.argv[1], encoding="utf-8").read()
b_text = open(sys.argv[2], encoding="utf-8").read()
runs = int(sys.argv[3])


def sentences(text):
    return [s for s in re.split(r"(?<=[.!?])\s+|\n\n+", text) if s.strip()]


def timed(make):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        make()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


print(json.dumps({
    "words": timed(lambda: difflib.SequenceMatcher(None, a_text.split(), b_text.split()).get_opcodes()),
    "sentences": timed(lambda: difflib.SequenceMatcher(None, sentences(a_text), sentences(b_text)).get_opcodes()),
}))
