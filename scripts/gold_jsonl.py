#!/usr/bin/env python3
"""Writes gold annotations as the JSON Lines that `analyze eval` reads.

Two sources:

    scripts/gold_jsonl.py article GOLD.json TEXT
        one gold object (the contract's shape, without its text, as
        fixtures/xai-economist-fr.gold.json) and the text it annotates:
        one line, the gold object with `text` added;

    scripts/gold_jsonl.py sentences SUITE.jsonl
        a sentence suite of tests/data/ (`{"id", "text", "sentences",
        "sentence_offsets"}`, or sentences as strings only, found in the
        text in order): one line per case with `sentences` as
        contract objects. A sentence that does not end in final
        punctuation or a closing quote or bracket (a heading, a list
        item) is marked optional, so its end is neither a hit nor a miss:
        `analyze eval` then gives the suite's punctuated-boundary figures.

Output on standard output, UTF-8, one object per line. Standard library
only.
"""
import json
import sys

# What a sentence must end with for its boundary to count as punctuated
# (the same list as tests/integration/sentence_suites.rs).
TERMINAL = ('.', '!', '?', '…', '»', '"', ')', '”', "'")


def article(gold_path, text_path):
    with open(gold_path, encoding="utf-8") as f:
        gold = json.load(f)
    with open(text_path, encoding="utf-8-sig", newline="") as f:
        gold["text"] = f.read()
    yield gold


def sentences(suite_path):
    with open(suite_path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            case = json.loads(line)
            text = case["text"]
            items = []
            offsets = case.get("sentence_offsets")
            if offsets is None:
                # Sentences as strings only (pySBD): found in order.
                offsets, at = [], 0
                for sentence in case["sentences"]:
                    start = text.index(sentence, at)
                    at = start + len(sentence)
                    offsets.append((start, at))
            for start, end in offsets:
                piece = text[start:end]
                item = {"start": start, "end": end, "text": piece}
                if not piece.rstrip().endswith(TERMINAL):
                    item["optional"] = True
                items.append(item)
            yield {"id": case["id"], "text": text, "sentences": items}


def main(argv):
    if len(argv) == 4 and argv[1] == "article":
        docs = article(argv[2], argv[3])
    elif len(argv) == 3 and argv[1] == "sentences":
        docs = sentences(argv[2])
    else:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    out = sys.stdout
    for doc in docs:
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
