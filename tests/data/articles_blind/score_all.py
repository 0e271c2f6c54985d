#!/usr/bin/env python3
"""Run `analyze` on every blind article and score it against its gold.

Usage (from the repository root, after `cargo build --release`):

    python3 tests/data/articles_blind/score_all.py [SET_DIR] [--diff] [--json] [--scorer PATH] [--bin PATH]

SET_DIR defaults to this directory (`tests/data/articles_blind2` is the
second set).

Each article is analysed with its gold `reference_date`; the outputs go to
/tmp/bl-<name>.json (/tmp/<set>-<name>.json for another set). The aggregate is score.py run on all gold documents and
all outputs at once (JSON Lines, paired by position): score.py sums TP/FP/FN
over the documents (micro-average). With --diff, each article's diff is shown
first.
"""
import argparse
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scorer", default=os.path.join(HERE, "..", "..", "..", "..", "shared", "eval", "score.py"))
    ap.add_argument("--bin", default="target/release/analyze")
    ap.add_argument("--diff", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("set", nargs="?", default=HERE)
    args = ap.parse_args()
    tag = "bl" if os.path.samefile(args.set, HERE) else os.path.basename(os.path.normpath(args.set))
    golds = sorted(glob.glob(os.path.join(args.set, "*.gold.json")))
    gold_lines, sys_lines = [], []
    for g in golds:
        name = os.path.basename(g)[: -len(".gold.json")]
        gold = json.load(open(g, encoding="utf-8"))
        txt = os.path.join(args.set, name + ".txt")
        out = subprocess.run([args.bin, "--ref-date", gold["reference_date"], "--format", "json", txt],
                             check=True, capture_output=True, text=True).stdout
        path = f"/tmp/{tag}-{name}.json"
        with open(path, "w", encoding="utf-8") as f:
            f.write(out)
        gold_lines.append(json.dumps(gold, ensure_ascii=False))
        sys_lines.append(json.dumps(json.loads(out), ensure_ascii=False))
        if args.diff:
            print(f"==== {name}", flush=True)
            subprocess.run([sys.executable, args.scorer, g, path, "--diff"], check=True)
    with open(f"/tmp/{tag}-all.gold.jsonl", "w", encoding="utf-8") as f:
        f.write("\n".join(gold_lines) + "\n")
    with open(f"/tmp/{tag}-all.sys.jsonl", "w", encoding="utf-8") as f:
        f.write("\n".join(sys_lines) + "\n")
    print(f"==== aggregate over {len(golds)} articles", flush=True)
    cmd = [sys.executable, args.scorer, f"/tmp/{tag}-all.gold.jsonl", f"/tmp/{tag}-all.sys.jsonl"]
    if args.json:
        cmd.append("--json")
    sys.exit(subprocess.run(cmd).returncode)


if __name__ == "__main__":
    main()
